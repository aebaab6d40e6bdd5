// Builds the HTML page for one report as GitHub shows a README: the Markdown turned into HTML with GFM
// (micromark), GitHub's Markdown CSS (github-markdown-css), in GitHub's readme box. Relative links and images
// resolve against the report's own folder through <base href>.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** GitHub's readme box: this wide, padding included. */
export const BOX_WIDTH = 1012;
/** GitHub's padding on each side of the readme text. */
export const BOX_PADDING = 32;

const require = createRequire(import.meta.url);
const GITHUB_CSS = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const MEASURE_SCRIPT = readFileSync(new URL('./measure-in-page.js', import.meta.url), 'utf8');
const MERMAID_BLOCK = /<pre><code class="language-mermaid">[\s\S]*?<\/code><\/pre>/g;
const SVG_IMAGE = /<img\b[^>]*?\bsrc="([^"]+?\.svg)"/gi;

const LAYOUT_CSS = `
body { margin: 0; background: #ffffff; }
.readme-box { width: ${BOX_WIDTH}px; }
.markdown-body { box-sizing: border-box; min-width: 200px; max-width: ${BOX_WIDTH}px; padding: ${BOX_PADDING}px; }
.mermaid-not-rendered { border: 1px dashed #d1d9e0; border-radius: 6px; padding: 16px; color: #59636e; }
#svg-probes { position: absolute; left: 0; top: 0; visibility: hidden; }
#measurements { display: none; }
`;

/**
 * The report's Markdown as two pages: `screenshot` shows it as GitHub would; `measure` adds the measuring
 * script and inline copies of its SVG images. Also says what could not be shown as GitHub does.
 */
export function buildPages(markdownFile) {
  const folder = path.dirname(markdownFile);
  const rendered = micromark(readFileSync(markdownFile, 'utf8'), {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  const mermaidBlocks = rendered.match(MERMAID_BLOCK)?.length ?? 0;
  const body = rendered.replace(MERMAID_BLOCK, mermaidPlaceholder);
  const { probes, missingImages } = svgProbes(body, folder);
  const head = pageHead(folder, path.basename(markdownFile));
  const article = `<div class="readme-box"><article class="markdown-body">\n${body}\n</article></div>`;
  return {
    screenshot: `${head}<body>\n${article}\n</body></html>\n`,
    measure:
      `${head}<body>\n${article}\n<div id="svg-probes">${probes}</div>\n` +
      `<pre id="measurements"></pre>\n<script>${MEASURE_SCRIPT}</script>\n</body></html>\n`,
    mermaidBlocks,
    missingImages,
  };
}

// GitHub serves every repository page with lang="en", whatever the language of the README.
function pageHead(folder, title) {
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n' +
    `<base href="${pathToFileURL(folder + path.sep).href}">\n<title>${escapeHtml(title)}</title>\n` +
    `<style>${GITHUB_CSS}</style>\n<style>${LAYOUT_CSS}</style>\n</head>\n`
  );
}

function mermaidPlaceholder() {
  return '<div class="mermaid-not-rendered">mermaid diagram: GitHub draws it here; this offline check does not.</div>';
}

// Inline copies of the page's local SVG images, so that the page can measure the text inside them.
function svgProbes(html, folder) {
  const probes = [];
  const missingImages = [];
  for (const [, src] of html.matchAll(SVG_IMAGE)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) continue; // an absolute URL: not part of the reports
    const file = path.resolve(folder, decodeURI(src));
    if (!existsSync(file)) {
      missingImages.push(src);
      continue;
    }
    const svg = readFileSync(file, 'utf8').replace(/<\?xml[\s\S]*?\?>|<!DOCTYPE[\s\S]*?>/gi, '');
    probes.push(`<div data-src="${escapeHtml(src)}">${svg}</div>`);
  }
  return { probes: probes.join('\n'), missingImages };
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
