import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import type { Language } from '../action/src/core/types/rubric.js';
import { renderReports, type RenderedFile } from '../action/src/core/render/render-reports.js';
import { buildRenderFixture, buildTextFixture, listNodes, parseMarkdown, readReportLintConfig } from './fixtures/render-fixture.js';
import { readTemplates } from '../action/src/shell/read-workspace.js';

/** As the shell reads them: keyed by path relative to templates/. */
const TEMPLATES = readTemplates(process.cwd(), 'templates');

const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

function render(language: Language, fixture = buildRenderFixture()): RenderedFile[] {
  return [...renderReports({ ...fixture, templates: TEMPLATES, language })];
}

function markdownOf(files: readonly RenderedFile[]): RenderedFile[] {
  return files.filter((file) => file.path.endsWith('.md'));
}

describe('renderReports', () => {
  it('renders the comparison and scores.json, then each vendor\'s page and score file in rank order', () => {
    // Ranked first, then ClearRipple (too little known), then Glowpane (knocked out, whatever else is known).
    expect(render('en').map((file) => file.path)).toEqual([
      'README.md',
      'chart.svg',
      'scores.json',
      'vendors/cloudbridge-class.md',
      'vendors/cloudbridge-class.json',
      'vendors/farsail-av.md',
      'vendors/farsail-av.json',
      'vendors/clearripple-rtc.md',
      'vendors/clearripple-rtc.json',
      'vendors/glowpane-class.md',
      'vendors/glowpane-class.json',
    ]);
  });

  it("writes scores.json as the ranking without criteria, and each vendor's whole entry but its rank next to its page", () => {
    const files = render('en');
    const content = (file: string) => files.find((candidate) => candidate.path === file)!.content;
    const index = JSON.parse(content('scores.json')) as { vendors: Array<Record<string, unknown>> };
    expect(Object.keys(index)).toEqual(['rubric_version', 'vendors', 'robustness']);
    expect(Object.keys(index.vendors[0]!)).toEqual(['id', 'name', 'file', 'rank', 'standing', 'plan', 'total', 'band', 'verdict', 'good_dimensions', 'gates', 'plans', 'flags', 'dimensions']);
    expect(index.vendors.map((vendor) => [vendor.id, vendor.rank, vendor.standing])).toEqual([
      ['cloudbridge-class', 1, 'ranked'],
      ['farsail-av', 2, 'ranked'],
      ['clearripple-rtc', null, 'insufficient-data'],
      ['glowpane-class', null, 'knocked-out'],
    ]);
    expect(content('scores.json').endsWith('\n}\n')).toBe(true);
    for (const id of ['cloudbridge-class', 'farsail-av', 'glowpane-class', 'clearripple-rtc']) {
      const entry = JSON.parse(content(`vendors/${id}.json`)) as Record<string, unknown>;
      expect(Object.keys(entry)).toEqual(['id', 'name', 'file', 'standing', 'plan', 'total', 'band', 'verdict', 'good_dimensions', 'gates', 'plans', 'flags', 'dimensions', 'criteria']);
      expect(entry.criteria).toHaveLength(15);
    }
  });

  for (const language of LANGUAGES) {
    it(`matches the committed snapshot in ${language}`, async () => {
      for (const file of markdownOf(render(language))) {
        await expect(file.content).toMatchFileSnapshot(`__snapshots__/render/${language}/${file.path}`);
      }
    });
  }

  it('is byte-for-byte deterministic, whatever order the vendor files come in', () => {
    const fixture = buildRenderFixture();
    const first = render('zh-CN', fixture);
    expect(render('zh-CN', fixture)).toEqual(first);
    expect(render('zh-CN', { ...fixture, vendors: [...fixture.vendors].reverse() })).toEqual(first);
  });

  it('shows the sections of the comparison in the order decision-makers read them', () => {
    const readme = render('en').find((file) => file.path === 'README.md')!.content;
    const headings = parseMarkdown(readme).children.flatMap((node) =>
      node.type === 'heading' && node.depth === 2 ? [listNodes(node).flatMap((child) => (child.type === 'text' ? [child.value] : [])).join('')] : [],
    );
    expect(headings).toEqual([
      'Summary',
      'Contents',
      'Ranking',
      'Vendors by dimension',
      'Outsourcing profile',
      'Hidden costs',
      'Claims the trial contradicted',
      'Evaluator disagreements',
      'Evaluations past their review date',
      'How robust the ranking is',
      'Total scores',
      'Methodology',
    ]);
  });

  for (const language of LANGUAGES) {
    it(`passes markdownlint with the committed configuration in ${language}, its tables compact`, () => {
      const strings = Object.fromEntries(markdownOf(render(language)).map((file) => [file.path, file.content]));
      const results = lint({ strings, config: readReportLintConfig() });
      const problems = Object.entries(results).flatMap(([path, errors]) =>
        errors.map((error) => `${path}:${error.lineNumber} ${error.ruleNames.join('/')} ${error.errorDetail ?? ''}`),
      );
      expect(problems).toEqual([]);
    });

    it(`gives every table row the header's number of cells in ${language}`, () => {
      for (const file of markdownOf(render(language))) {
        const tables = listNodes(parseMarkdown(file.content)).filter((node) => node.type === 'table');
        expect(tables.length).toBeGreaterThan(0);
        for (const table of tables) {
          const [header, ...rows] = table.children;
          for (const row of rows) expect(row.children.length, `${file.path}:${row.position?.start.line}`).toBe(header!.children.length);
        }
      }
    });

    it(`links only to its own pages and sections in ${language}`, () => {
      const files = markdownOf(render(language));
      const pages = new Set(files.map((file) => file.path));
      for (const file of files) {
        const links = listNodes(parseMarkdown(file.content)).flatMap((node) => (node.type === 'link' ? [node] : []));
        // A web address from a vendor file links to itself, its visible text.
        const external = links.filter((node) => /^https?:/.test(node.url));
        for (const node of external) expect(node.children).toEqual([expect.objectContaining({ type: 'text', value: node.url })]);
        for (const url of links.filter((node) => !external.includes(node)).map((node) => node.url)) {
          if (url.startsWith('#')) continue; // fragments: markdownlint's MD051 checks they match a heading
          const target = file.path.startsWith('vendors/') ? url.replace(/^\.\.\//, '') : url;
          expect(pages, `${file.path} links to ${url}`).toContain(target);
        }
      }
    });
  }

  it('links the http(s) website and evidence of a vendor, showing the address itself, and leaves other references text', () => {
    const page = render('en').find((file) => file.path === 'vendors/cloudbridge-class.md')!.content;
    const links = listNodes(parseMarkdown(page)).flatMap((node) => (node.type === 'link' && /^https?:/.test(node.url) ? [node.url] : []));
    expect(links).toEqual(['https://www.cloudbridge-class.example.cn', 'https://www.cloudbridge-class.example.cn/support/organisation']);
    expect(page).toContain('| Draft service agreement v3, §5.2 SLA table and §7.1 fees |');
  });

  it('links every vendor from the ranking to its page', () => {
    const readme = render('en').find((file) => file.path === 'README.md')!.content;
    const urls = listNodes(parseMarkdown(readme)).flatMap((node) => (node.type === 'link' && !node.url.startsWith('#') ? [node.url] : []));
    expect(urls).toEqual(['vendors/cloudbridge-class.md', 'vendors/farsail-av.md', 'vendors/clearripple-rtc.md', 'vendors/glowpane-class.md']);
  });

  it('lists the first `limit` vendors and entries of each list, and says how many more there are', () => {
    // Five vendors: the flagged one of the text fixture adds a second entry to each of the three lists.
    const fixture = { ...buildTextFixture((label) => label), limit: 1 };
    const files = render('en', fixture);
    const readme = files.find((file) => file.path === 'README.md')!.content;
    /** The body rows of a section's table (after its header and delimiter rows). */
    const rows = (markdown: string, heading: string) => {
      const section = markdown.slice(markdown.indexOf(`## ${heading}`));
      return section.slice(0, section.indexOf('\n## ', 1)).split('\n').filter((line) => line.startsWith('|')).slice(2);
    };
    expect(rows(readme, 'Ranking')).toEqual([expect.stringMatching(/^\| 1 \| \[云桥课堂 CloudBridge Class\]\(vendors\/cloudbridge-class\.md\) \|/)]);
    // The matrix comes in two parts of four dimensions, one row of the one vendor each.
    expect(rows(readme, 'Vendors by dimension').filter((row) => !row.startsWith('| Vendor |') && !row.startsWith('| --- |'))).toEqual([
      expect.stringMatching(/^\| 云桥课堂 CloudBridge Class \|/),
      expect.stringMatching(/^\| 云桥课堂 CloudBridge Class \|/),
    ]);
    expect(rows(readme, 'Claims the trial contradicted')).toHaveLength(1);
    expect(rows(readme, 'How robust the ranking is')).toHaveLength(1);
    expect(readme).toContain(
      'The tables of this report list the first 1 of the 5 vendors by rank (`comparison_limit` in `vendor-review.config.yaml`); all 5, these included, have their page in `vendors/` and their scores in `scores.json`.',
    );
    expect(readme).toContain('Contradicted claims of vendors ranked lower, not listed here: 1. Each is on its vendor’s page.');
    expect(readme).toContain('Disagreements about vendors ranked lower, not listed here: 1. Each is on its vendor’s page.');
    expect(readme).toContain('Evaluations of vendors ranked lower that are past their review date, not listed here: 1. Each vendor’s page shows its dates.');
    expect(files.find((file) => file.path === 'chart.svg')!.content.split('<g class="row"')).toHaveLength(2);
    // Every vendor keeps its page, its score file and its entry in scores.json.
    expect(files.filter((file) => file.path.startsWith('vendors/'))).toHaveLength(10);
    expect((JSON.parse(files.find((file) => file.path === 'scores.json')!.content) as { vendors: unknown[] }).vendors).toHaveLength(5);
    expect(lint({ strings: { 'README.md': readme }, config: readReportLintConfig() })['README.md']).toEqual([]);
    // With room for every vendor and entry, nothing is left out and nothing says so.
    const whole = render('en', { ...fixture, limit: 5 }).find((file) => file.path === 'README.md')!.content;
    expect(rows(whole, 'Ranking')).toHaveLength(5);
    expect(rows(whole, 'Claims the trial contradicted')).toHaveLength(2);
    expect(whole).not.toMatch(/not listed here|first \d+ of the/);
  });

  it('charts each vendor by its range, and a vendor with too little data without its score over the little it answers', () => {
    const fixture = buildRenderFixture();
    const insufficient = fixture.report.vendors.find((vendor) => vendor.verdict === 'insufficient-data')!;
    expect(insufficient.total.score).toBeGreaterThan(50);
    const files = render('en', fixture);
    expect(files.find((file) => file.path === 'README.md')!.content).toContain('![Score ranges of the vendors, in rank order](chart.svg)');
    const rows = files.find((file) => file.path === 'chart.svg')!.content.split('<g class="row"').slice(1);
    expect(rows.map((row) => /<title>([^<]*)<\/title>/.exec(row)![1])).toEqual(fixture.report.vendors.map((vendor) => vendor.name));
    const row = rows[fixture.report.vendors.indexOf(insufficient)]!;
    expect(row).toContain('too little known');
    expect(row).not.toContain('class="score"');
    expect(rows.filter((other) => other.includes('class="score"'))).toHaveLength(3);
  });

  it('renders a project without vendors yet', () => {
    const fixture = buildRenderFixture();
    const report = { ...fixture.report, vendors: [], robustness: { ...fixture.report.robustness, leader: null, runner_up: null, flip: null, win_probability: {} } };
    const files = render('en', { ...fixture, report, vendors: [] });
    expect(files.map((file) => file.path)).toEqual(['README.md', 'scores.json']);
    expect(files[1]!.content).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(files[0]!.content).toContain('There are no vendors to rank.');
    expect(files[0]!.content).not.toContain('mermaid');
    expect(lint({ strings: { 'README.md': files[0]!.content }, config: readReportLintConfig() })['README.md']).toEqual([]);
  });

  it('fails when a scored vendor has no vendor file', () => {
    const fixture = buildRenderFixture();
    expect(() => render('en', { ...fixture, vendors: fixture.vendors.slice(1) })).toThrow(
      /vendor "cloudbridge-class" but no vendor file/,
    );
  });
});
