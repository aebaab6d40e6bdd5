// Vendor files and rubric changes arrive in pull requests: every string in them may be an attack on the report.
// A vendor (and the rubric titles) full of Markdown, HTML and GitHub syntax must render to the same document
// structure as the same vendor with plain text, with nothing but text where the data goes.
import { lint } from 'markdownlint/sync';
import type { Nodes as MdastNode } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Language } from '../action/src/core/types/rubric.js';
import { DEFAULT_MAX_LENGTH } from '../action/src/core/render/markdown-safe.js';
import { renderReports, type RenderedFile } from '../action/src/core/render/render-reports.js';
import { buildTextFixture, hostileText, listNodes, parseMarkdown, readLintConfig } from './fixtures/render-fixture.js';
import { readTemplates } from '../action/src/shell/read-workspace.js';

/** As the shell reads them: keyed by path relative to templates/. */
const TEMPLATES = readTemplates(process.cwd(), 'templates');

function render(text: (label: string) => string, language: Language): RenderedFile[] {
  return [...renderReports({ ...buildTextFixture(text), templates: TEMPLATES, language })].filter((file) => file.path.endsWith('.md'));
}

/** The document without its words: node types, heading depths, how many children each node has. */
function skeleton(node: MdastNode): unknown {
  const children = 'children' in node ? (node.children as MdastNode[]) : [];
  return [node.type, node.type === 'heading' ? node.depth : null, children.map(skeleton)];
}

const ALLOWED_LINK = /^(?:vendors\/[a-z0-9-]+\.md|\.\.\/README\.md|#[\p{L}\p{N}_-]+)$/u;

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
      for (const forbidden of ['html', 'image', 'imageReference', 'linkReference', 'definition', 'footnoteReference', 'footnoteDefinition', 'inlineMath', 'math']) {
        expect(types.has(forbidden as MdastNode['type']), `${file.path} has ${forbidden}`).toBe(false);
      }
      for (const node of nodes) if (node.type === 'link') expect(node.url, file.path).toMatch(ALLOWED_LINK);
    }
  });

  it('puts the hostile text into text nodes only, where GitHub cannot turn it into mentions or references', () => {
    for (const file of hostile) {
      const text = listNodes(parseMarkdown(file.content))
        .flatMap((node) => (node.type === 'text' ? [node.value] : []))
        .join('\n');
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
    const results = lint({ strings: Object.fromEntries(hostile.map((file) => [file.path, file.content])), config: readLintConfig() });
    expect(Object.values(results).flat().map((error) => `${error.lineNumber} ${error.ruleNames.join('/')} ${error.errorDetail ?? ''}`)).toEqual([]);
  });

  it('keeps mermaid free of vendor text', () => {
    const readme = hostile.find((file) => file.path === 'README.md')!.content;
    const chart = /```mermaid\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(chart).toContain('"hostile-vendor"');
    expect(chart).not.toMatch(/pipe|script|evil|octocat/);
  });
});
