// Vendor files and rubric changes arrive in pull requests: every string in them may be an attack on the report.
// A vendor (and the rubric titles) full of Markdown, HTML and GitHub syntax must render to the same document
// structure as the same vendor with plain text, with nothing but text where the data goes.
import { lint } from 'markdownlint/sync';
import type { Nodes as MdastNode } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Language } from '../action/src/core/types/rubric.js';
import { DEFAULT_MAX_LENGTH } from '../action/src/core/render/markdown-safe.js';
import { renderReports, type RenderedFile } from '../action/src/core/render/render-reports.js';
import { buildTextFixture, hostileText, listNodes, parseMarkdown, readReportLintConfig } from './fixtures/render-fixture.js';
import { readTemplates } from '../action/src/shell/read-workspace.js';

/** As the shell reads them: keyed by path relative to templates/. */
const TEMPLATES = readTemplates(process.cwd(), 'templates');

/** The Markdown files, and the chart, rendered from the text fixture. */
function renderAll(text: (label: string) => string, language: Language): RenderedFile[] {
  return [...renderReports({ ...buildTextFixture(text), templates: TEMPLATES, language })];
}

function render(text: (label: string) => string, language: Language): RenderedFile[] {
  return renderAll(text, language).filter((file) => file.path.endsWith('.md'));
}

/** The document without its words: node types, heading depths, how many children each node has. */
function skeleton(node: MdastNode): unknown {
  const children = 'children' in node ? (node.children as MdastNode[]) : [];
  return [node.type, node.type === 'heading' ? node.depth : null, children.map(skeleton)];
}

const ALLOWED_LINK = /^(?:vendors\/[a-z0-9-]+\.md|\.\.\/README\.md|#[\p{L}\p{N}_-]+)$/u;

/** The web addresses the fixture's other vendors give, which their pages show as links to themselves. */
const DATA_LINKS = new Set(buildTextFixture((label) => label).vendors.filter(({ data }) => data.id !== 'hostile-vendor').flatMap(({ data }) => [data.website ?? '', ...(data.evidence ?? []).map((item) => item.reference)]));

/** A link the templates put, or a web address from data shown as itself. */
function isAllowedLink(node: Extract<MdastNode, { type: 'link' }>): boolean {
  const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  return ALLOWED_LINK.test(node.url) || (DATA_LINKS.has(node.url) && text === node.url);
}

/** The text nodes outside links: text a link shows is the link's own business. */
function textOutsideLinks(node: MdastNode): string[] {
  if (node.type === 'link') return [];
  if (node.type === 'text') return [node.value];
  return 'children' in node ? (node.children as MdastNode[]).flatMap(textOutsideLinks) : [];
}

describe.each<Language>(['en', 'zh-CN'])('a vendor whose every string is hostile (%s)', (language) => {
  const hostile = render(hostileText, language);
  const plain = render((label) => `plain ${label}`, language);

  it('renders the same structure as with plain text', () => {
    expect(hostile.map((file) => file.path)).toEqual(plain.map((file) => file.path));
    hostile.forEach((file, index) => {
      expect(skeleton(parseMarkdown(file.content)), file.path).toEqual(skeleton(parseMarkdown(plain[index]!.content)));
    });
  });

  it('produces no HTML, image, footnote or reference, and links only where the templates put them', () => {
    for (const file of hostile) {
      const nodes = listNodes(parseMarkdown(file.content));
      const types = new Set(nodes.map((node) => node.type));
      // The one image is the chart the renderer draws beside the comparison.
      for (const node of nodes) if (node.type === 'image') expect(`${file.path} ${node.url}`).toBe('README.md chart.svg');
      for (const forbidden of ['html', 'imageReference', 'linkReference', 'definition', 'footnoteReference', 'footnoteDefinition', 'inlineMath', 'math']) {
        expect(types.has(forbidden as MdastNode['type']), `${file.path} has ${forbidden}`).toBe(false);
      }
      for (const node of nodes) if (node.type === 'link') expect(isAllowedLink(node), `${file.path}: ${node.url}`).toBe(true);
      // The hostile vendor's own page links to nothing its file says.
      if (file.path === 'vendors/hostile-vendor.md') expect(nodes.filter((node) => node.type === 'link' && !ALLOWED_LINK.test(node.url))).toEqual([]);
    }
  });

  it('puts the hostile text into text nodes only, where GitHub cannot turn it into mentions or references', () => {
    for (const file of hostile) {
      const text = textOutsideLinks(parseMarkdown(file.content)).join('\n');
      expect(text, file.path).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      expect(text).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/);
      expect(text).not.toMatch(/#\d|GH-\d/i);
      expect(text).not.toMatch(/[A-Za-z]:\/\/|www\./i);
    }
  });

  it('caps every hostile value', () => {
    const longest = Math.max(...hostile.flatMap((file) => file.content.split('\n').flatMap((line) => line.match(/x{20,}/g) ?? []).map((run) => run.length)));
    // The vendor notes are shown up to 2,000 characters; everything else up to the default cap.
    expect(longest).toBeLessThan(2000);
    const table = hostile.find((file) => file.path === 'README.md')!.content.split('\n').filter((line) => line.startsWith('| '));
    for (const row of table) for (const run of row.match(/x{20,}/g) ?? []) expect(run.length).toBeLessThan(DEFAULT_MAX_LENGTH);
  });

  it('still passes markdownlint', () => {
    const results = lint({ strings: Object.fromEntries(hostile.map((file) => [file.path, file.content])), config: readReportLintConfig() });
    expect(Object.values(results).flat().map((error) => `${error.lineNumber} ${error.ruleNames.join('/')} ${error.errorDetail ?? ''}`)).toEqual([]);
  });

  it('draws the chart with the hostile name as escaped text only: no script, link or markup from data', () => {
    const chart = renderAll(hostileText, language).find((file) => file.path === 'chart.svg')!.content;
    const name = hostileText('name');
    // The name's row: its tooltip holds it escaped, with nothing of it read as markup.
    expect(chart).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(chart).not.toMatch(/<script|<a[\s>]|href=|<foreignObject|javascript:|onload=/i);
    expect(chart).not.toContain(name.slice(0, 20));
    expect(chart.match(/<g class="row"/g)).toHaveLength(hostile.filter((file) => file.path.endsWith('.md') && file.path.startsWith('vendors/')).length);
  });
});
