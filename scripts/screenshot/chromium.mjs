// Runs Debian's headless Chromium on a local page: --dump-dom to read what the page measured, --screenshot to
// take its picture. Each run gets a fresh profile, so that runs do not share state or lock each other out.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BINARY = process.env.CHROMIUM ?? 'chromium';
const TIMEOUT_MS = 120_000;
const FLAGS = [
  '--headless=new',
  '--disable-gpu',
  '--no-sandbox',
  '--hide-scrollbars',
  '--force-device-scale-factor=1',
  '--virtual-time-budget=10000',
];

/** Chromium's version line, or null when it is not installed. */
export async function chromiumVersion() {
  try {
    const { stdout } = await run(BINARY, ['--version'], { timeout: TIMEOUT_MS });
    return stdout.trim();
  } catch {
    return null;
  }
}

/** The JSON that the page wrote into <pre id="measurements">. */
export async function readMeasurements(url, width) {
  const dom = await chromium(['--window-size=' + `${width},800`, '--dump-dom', url]);
  const match = /<pre id="measurements">([\s\S]*?)<\/pre>/.exec(dom);
  if (!match || match[1].trim() === '') throw new Error(`${url}: the page wrote no measurements`);
  return JSON.parse(unescapeText(match[1]));
}

/** A PNG of the top `height` pixels of the page. */
export async function takeScreenshot(url, png, width, height) {
  await chromium([`--screenshot=${png}`, `--window-size=${width},${height}`, url]);
}

async function chromium(args) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'vendor-review-chromium-'));
  try {
    const { stdout } = await run(BINARY, [...FLAGS, `--user-data-dir=${profile}`, ...args], {
      timeout: TIMEOUT_MS,
      maxBuffer: 256 * 1024 * 1024,
    });
    return stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

// --dump-dom serialises text content with &, < and > (and no-break spaces) escaped.
function unescapeText(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');
}
