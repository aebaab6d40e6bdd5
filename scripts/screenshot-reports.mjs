// npm run screenshots: do the rendered reports fit GitHub's readme column, in every language?
//
// Renders reports/README.md and one vendor page of each language set as GitHub shows them (GFM by micromark,
// GitHub's Markdown CSS, GitHub's readme box) in Debian's headless Chromium, and measures in the page: tables
// and code blocks wider than the column (GitHub scrolls them sideways), anything sticking out past it, SVG
// images wider than the column (GitHub shrinks them), overlapping labels inside SVGs, and table headers
// squeezed to one character per line. A mermaid block is not drawn (mermaid is not installed): it is reported.
// The Chinese set is reports/zh-CN/ when present, else rendered into a temporary copy of the project.
//
//   npm run screenshots [-- --no-screenshots]
//
// Writes docs/screenshots/{comparison,vendor}-{en,zh-CN}.png (the top of each page) unless --no-screenshots.
// Needs `chromium` (apt-get install chromium; or set CHROMIUM) and, to measure with the fonts GitHub's CSS asks
// for on Linux, fonts-noto-core, fonts-noto-cjk and fonts-noto-color-emoji.
// Exit code: 0 if nothing overflows or overlaps, 1 if something does, 2 if the check could not run (or not for
// every language).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumVersion, readMeasurements, takeScreenshot } from './screenshot/chromium.mjs';
import { describePage, problemsOf } from './screenshot/format-report.mjs';
import { BOX_PADDING, BOX_WIDTH, buildPages } from './screenshot/page.mjs';
import { findReportSets, pagesOf } from './screenshot/report-sets.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const OUTPUT = 'docs/screenshots';
const MAX_SCREENSHOT_HEIGHT = 3200;
const FONTS = ['Noto Sans', 'Noto Sans CJK SC', 'Noto Color Emoji'];

try {
  process.exitCode = await main(readOptions(process.argv.slice(2)));
} catch (error) {
  console.error(`screenshot-reports: ${error.message}`);
  process.exitCode = 2;
}

async function main(options) {
  const version = await chromiumVersion();
  if (version === null) throw new Error('chromium not found: apt-get install chromium, or set CHROMIUM.');
  console.log(`${version}; GitHub readme box ${BOX_WIDTH} px with ${BOX_PADDING} px padding`);
  for (const warning of missingFonts()) console.log(`warning: ${warning}`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'vendor-review-screenshots-'));
  try {
    let problems = 0;
    let unchecked = 0;
    for (const set of findReportSets(root, scratch)) {
      if (set.error) {
        console.log(`\n${set.lang}: ${set.error}`);
        unchecked += 1;
        continue;
      }
      for (const page of pagesOf(set)) {
        const result = await checkPage({ ...page, set }, scratch, options);
        console.log(['', ...describePage(result)].join('\n'));
        problems += problemsOf(result);
      }
    }
    const verdict = problems > 0 ? 'FAIL' : unchecked > 0 ? 'INCOMPLETE' : 'PASS';
    console.log(`\n${verdict}: ${problems} overflowing or overlapping element(s)`);
    return problems > 0 ? 1 : unchecked > 0 ? 2 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function checkPage({ kind, file, set }, scratch, options) {
  const pages = buildPages(file);
  const base = path.join(scratch, `${kind}-${set.lang}`);
  writeFileSync(`${base}.measure.html`, pages.measure);
  writeFileSync(`${base}.html`, pages.screenshot);
  const measured = await readMeasurements(pathToFileURL(`${base}.measure.html`).href, BOX_WIDTH);
  const result = {
    lang: set.lang,
    kind,
    name: `${path.posix.join(set.prefix, path.relative(set.folder, file).split(path.sep).join('/'))}${set.note}`,
    measured,
    mermaidBlocks: pages.mermaidBlocks,
    missingImages: pages.missingImages,
    screenshot: null,
  };
  if (options.screenshots) {
    const png = path.join(OUTPUT, `${kind}-${set.lang}.png`);
    const height = Math.min(measured.documentHeight, MAX_SCREENSHOT_HEIGHT);
    mkdirSync(path.join(root, OUTPUT), { recursive: true });
    await takeScreenshot(pathToFileURL(`${base}.html`).href, path.join(root, png), BOX_WIDTH, height);
    result.screenshot = { file: png, height, cut: measured.documentHeight > height };
  }
  return result;
}

// The fonts GitHub's CSS resolves to on Linux; with others the widths measured here are not GitHub's.
function missingFonts() {
  const missing = [];
  for (const font of FONTS) {
    let found;
    try {
      found = execFileSync('fc-match', ['-f', '%{family}', font], { encoding: 'utf8' });
    } catch {
      return ['fc-match not found: cannot tell which fonts Chromium measures with'];
    }
    if (!found.split(',').includes(font)) missing.push(`font "${font}" is not installed; Chromium uses "${found}"`);
  }
  return missing;
}

function readOptions(args) {
  const options = { screenshots: true };
  for (const arg of args) {
    if (arg === '--no-screenshots') options.screenshots = false;
    else if (arg === '-h' || arg === '--help') {
      console.log('Usage: npm run screenshots [-- --no-screenshots]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  return options;
}
