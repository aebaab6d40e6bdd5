// Finds the report sets to check: the English one in reports/ and the Chinese one in reports/zh-CN/. When the
// repository has no Chinese set, renders one with the built CLI in a temporary copy of the project's inputs,
// so that reports/ itself is never touched.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['vendors', 'rubric.yaml', 'vendor-review.config.yaml', 'templates', 'schemas'];
const PREFERRED_VENDOR = 'cloudbridge-class.md';

/**
 * [{ lang, folder, prefix, note }]: each language's report folder, the path to name its pages by, and where it
 * came from; or [{ lang, error }] for a set that could not be rendered.
 */
export function findReportSets(root, scratch) {
  const english = path.join(root, 'reports');
  if (!existsSync(path.join(english, 'README.md'))) {
    throw new Error('reports/README.md is missing: run `npm run vendor-review -- render` first.');
  }
  const sets = [{ lang: 'en', folder: english, prefix: 'reports', note: '' }];
  const chinese = path.join(english, 'zh-CN');
  if (existsSync(path.join(chinese, 'README.md'))) {
    sets.push({ lang: 'zh-CN', folder: chinese, prefix: 'reports/zh-CN', note: '' });
    return sets;
  }
  try {
    const folder = renderChinese(root, scratch);
    sets.push({ lang: 'zh-CN', folder, prefix: 'reports', note: ' (rendered with --lang zh-CN in a temporary copy)' });
  } catch (error) {
    const reason = String(error.stderr ?? '').trim() || error.message;
    sets.push({ lang: 'zh-CN', error: `could not render the Chinese set: ${reason}` });
  }
  return sets;
}

/** The pages to check in one set: the comparison and one vendor's page. */
export function pagesOf(set) {
  const pages = [{ kind: 'comparison', file: path.join(set.folder, 'README.md') }];
  const vendors = path.join(set.folder, 'vendors');
  const names = existsSync(vendors) ? readdirSync(vendors).filter((name) => name.endsWith('.md')).sort() : [];
  const vendor = names.includes(PREFERRED_VENDOR) ? PREFERRED_VENDOR : names[0];
  if (vendor) pages.push({ kind: 'vendor', file: path.join(vendors, vendor) });
  return pages;
}

function renderChinese(root, scratch) {
  const cli = path.join(root, 'action/dist/cli.js');
  if (!existsSync(cli)) throw new Error('action/dist/cli.js is missing: run `npm run build` first.');
  const copy = path.join(scratch, 'zh-CN-project');
  for (const input of INPUTS) {
    if (existsSync(path.join(root, input))) cpSync(path.join(root, input), path.join(copy, input), { recursive: true });
  }
  execFileSync(process.execPath, [cli, 'render', '--lang', 'zh-CN'], { cwd: copy, stdio: ['ignore', 'ignore', 'pipe'] });
  return path.join(copy, 'reports');
}
