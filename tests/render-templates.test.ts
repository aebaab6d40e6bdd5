// Templates are edited by users: mistakes must fail loudly, naming the template and line, and no template may
// bypass the Markdown escaper. The message catalogues must stay in step with each other and with the templates.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { en } from '../action/src/core/render/messages/en.js';
import { zhCN } from '../action/src/core/render/messages/zh-CN.js';
import { RenderError } from '../action/src/core/render/render-error.js';
import { createTemplateRenderer } from '../action/src/core/render/template-engine.js';
import { readTemplates } from '../action/src/shell/read-workspace.js';

/** As the shell reads them: keyed by path relative to templates/. */
const TEMPLATES = readTemplates(process.cwd(), 'templates');

function renderWith(templates: Record<string, string>, context: object, name = 'page.hbs'): string {
  return createTemplateRenderer({ templates, language: 'en' })(name, context);
}

function renderError(templates: Record<string, string>, context: object, name = 'page.hbs'): RenderError {
  try {
    renderWith(templates, context, name);
  } catch (error) {
    if (error instanceof RenderError) return error;
    throw error;
  }
  throw new Error('rendered without an error');
}

describe('the committed templates', () => {
  it('include the comparison, the vendor page and their partials', () => {
    expect(Object.keys(TEMPLATES)).toEqual(expect.arrayContaining(['report.hbs', 'vendor.hbs', 'partials/ranking.hbs', 'partials/methodology.hbs']));
  });

  it('never use unescaped output ({{{ or {{&)', () => {
    for (const [path, source] of Object.entries(TEMPLATES)) {
      expect(source, path).not.toMatch(/\{\{\{|\{\{~?\s*&/);
    }
  });

  it('use only message keys the catalogue has', () => {
    const withoutComments = Object.values(TEMPLATES).map((source) => source.replace(/\{\{!--[\s\S]*?--\}\}/g, ''));
    const keys = withoutComments.flatMap((source) => [...source.matchAll(/(?:\{\{|\()t '([^']+)'/g)].map((match) => match[1]!));
    for (const key of keys) expect(Object.keys(en), key).toContain(key);
  });
});

describe('strict templates', () => {
  it('name the template and line of a misspelt variable', () => {
    const error = renderError({ 'page.hbs': '# Title\n\n{{vendor.nmae}}\n' }, { vendor: { name: 'A' } });
    expect(error.location).toEqual({ template: 'page.hbs', line: 3, column: 3 });
    expect(error.message).toMatch(/^page\.hbs:3:3: "nmae" is not defined/);
  });

  it('name the partial, not the page, when the misspelling is in a partial', () => {
    const templates = { 'page.hbs': 'intro\n{{> table}}\n', 'partials/table.hbs': '| a |\n| --- |\n{{#each rows}}\n| {{md nmae}} |\n{{/each}}\n' };
    const error = renderError(templates, { rows: [{ name: 'x' }] });
    expect(error.location).toMatchObject({ template: 'partials/table.hbs', line: 4 });
  });

  it('also check the parameters of helpers and blocks, which Handlebars alone would let through', () => {
    expect(renderError({ 'page.hbs': '{{#each vendor.critera}}x{{/each}}' }, { vendor: { criteria: [] } }).location).toMatchObject({ line: 1 });
    expect(renderError({ 'page.hbs': 'a\n{{#if vendr}}x{{/if}}' }, { vendor: {} }).location).toMatchObject({ line: 2 });
    expect(renderError({ 'page.hbs': '{{t-enum "verdict" verdikt}}' }, { verdict: 'low-risk' }).message).toMatch(/"verdikt" is not defined/);
    expect(renderError({ 'page.hbs': "{{t 'report.intro' count=(format-number cnt) version=v}}" }, { count: 1, v: '1' }).message).toMatch(/"cnt"/);
  });

  it('accept null and empty values that are present', () => {
    expect(renderWith({ 'page.hbs': '{{#if a}}yes{{else}}no{{/if}} {{md b}} [{{c}}]' }, { a: null, b: null, c: null })).toBe('no — []');
  });

  it('name the line of an unknown helper', () => {
    expect(renderError({ 'page.hbs': '\n\n{{shout name}}' }, { name: 'x' }).message).toMatch(/^page\.hbs:3:1: .*unknown helper shout/);
  });

  it('name the line of a missing partial', () => {
    expect(renderError({ 'page.hbs': 'a\n{{> rankng}}' }, {}).message).toMatch(/^page\.hbs:2:1: there is no partial "rankng"/);
  });

  it('name the line of a syntax error', () => {
    expect(renderError({ 'page.hbs': 'a\nb {{md x y=}}\nc' }, { x: 1 }).location).toMatchObject({ template: 'page.hbs', line: 2 });
  });

  it('name the line of a helper used wrongly', () => {
    expect(renderError({ 'page.hbs': 'a\n{{format-date}}' }, {}).message).toMatch(/^page\.hbs:2:1: \{\{format-date\}\}: expects 1 parameter/);
    expect(renderError({ 'page.hbs': "{{t 'no.such.key'}}" }, {}).message).toMatch(/no message "no\.such\.key"/);
    expect(renderError({ 'page.hbs': "{{t 'format.level'}}" }, {}).message).toMatch(/needs level=/);
    expect(renderError({ 'page.hbs': "{{t-enum 'colour' x}}" }, { x: 'red' }).message).toMatch(/"colour" is not an enum/);
    expect(renderError({ 'page.hbs': '{{safe-id id}}' }, { id: '../x' }).message).toMatch(/^page\.hbs:1:1: .*not a safe id/);
  });

  it('refuse unescaped output', () => {
    expect(renderError({ 'page.hbs': 'a\n{{{name}}}' }, { name: '<b>' }).message).toMatch(/^page\.hbs:2:1: unescaped output/);
    expect(renderError({ 'page.hbs': '{{& name}}' }, { name: '<b>' }).message).toMatch(/unescaped output/);
  });

  it('say which template is missing', () => {
    expect(renderError({}, {}, 'report.hbs').message).toBe('There is no template report.hbs in templates/');
  });
});

describe('output', () => {
  it('escapes plain {{value}} for Markdown, not for HTML', () => {
    expect(renderWith({ 'page.hbs': '{{name}} {{md name}}' }, { name: '<b>#1 & [x](y)</b>' })).toBe(
      '\\<b\\>\\#\u200b1 \\& \\[x\\]\\(y\\)\\</b\\> \\<b\\>\\#\u200b1 \\& \\[x\\]\\(y\\)\\</b\\>',
    );
  });

  it('does not change how other Handlebars instances escape', () => {
    renderWith({ 'page.hbs': '{{name}}' }, { name: '<b>' });
    expect(Handlebars.compile('{{name}}')({ name: '<b>' })).toBe('&lt;b&gt;');
  });

  it('keeps prototype properties out of reach', () => {
    expect(renderWith({ 'page.hbs': '[{{md constructor}}]' }, {})).toBe('[—]');
    expect(renderError({ 'page.hbs': '{{md constructor.name}}' }, {}).message).not.toContain('Object');
  });

  it('formats numbers and dates for the language', () => {
    const templates = { 'page.hbs': '{{format-number n digits=1}} {{format-percent share}} {{format-date day}} {{format-minutes m}}' };
    const context = { n: 12345.678, share: 0.456, day: '2026-09-18', m: 90 };
    expect(createTemplateRenderer({ templates, language: 'en' })('page.hbs', context)).toBe('12,345.7 46% Sep 18, 2026 90 min');
    expect(createTemplateRenderer({ templates, language: 'zh-CN' })('page.hbs', context)).toBe('12,345.7 46% 2026年9月18日 90 分钟');
  });

  it('shows a date that is not a real date as escaped text', () => {
    expect(renderWith({ 'page.hbs': '{{format-date day}}' }, { day: '2026-02-30' })).toBe('2026-02-30');
  });

  it('takes extra helpers for other outputs, but not in place of a shared one', () => {
    const helpers = { shout: (value: unknown) => String(value).toUpperCase() };
    expect(createTemplateRenderer({ templates: { 'page.hbs': '{{shout name}}' }, language: 'en', helpers })('page.hbs', { name: 'a' })).toBe('A');
    expect(() => createTemplateRenderer({ templates: {}, language: 'en', helpers: { md: () => '' } })).toThrow(/"md" is shared/);
  });

  it('checks a template compiled before again where its partials or helpers differ', () => {
    const page = 'a {{> note}} {{shout name}}';
    const helpers = { shout: (value: unknown) => String(value).toUpperCase() };
    const withBoth = createTemplateRenderer({ templates: { 'page.hbs': page, 'partials/note.hbs': 'n' }, language: 'en', helpers });
    expect(withBoth('page.hbs', { name: 'x' })).toBe('a n X');
    expect(renderError({ 'page.hbs': page }, { name: 'x' }).message).toMatch(/^page\.hbs:1:3: there is no partial "note"/);
    expect(renderError({ 'page.hbs': page, 'partials/note.hbs': 'n' }, { name: 'x' }).message).toBe('page.hbs:1:14: You specified knownHelpersOnly, but used the unknown helper shout');
    expect(withBoth('page.hbs', { name: 'y' })).toBe('a n Y');
  });

  it('renders a template as before after another one failed to compile half-way through a block', () => {
    const render = createTemplateRenderer({ templates: { 'broken.hbs': '{{#each items as |item|}}{{nope item}}{{/each}}', 'page.hbs': '[{{item}}]' }, language: 'en' });
    expect(() => render('broken.hbs', { items: [1] })).toThrow('broken.hbs:1:26: You specified knownHelpersOnly, but used the unknown helper nope');
    expect(render('page.hbs', { item: 'x' })).toBe('[x]');
  });
});

describe('message catalogues', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('have the same placeholders in every language, and no empty message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(zhCN[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });

  it('have no message that neither a template nor a helper uses', () => {
    // Notices are chosen in the action's code, by the keys build-review-body.ts lists; the chart's texts by render-reports.ts.
    const sources = [...Object.values(TEMPLATES), ...['render/helpers.ts', 'render/render-reports.ts', 'compare/build-review-body.ts'].map((file) => readFileSync(`action/src/core/${file}`, 'utf8'))].join('\n');
    // enum.* messages are looked up by value ({{t-enum 'verdict' verdict}}); their completeness is a type check.
    const unused = Object.keys(en).filter((key) => !key.startsWith('enum.') && !sources.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
