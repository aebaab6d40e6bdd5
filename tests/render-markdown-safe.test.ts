import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LENGTH, escapeMarkdown, toSafeId, toSafeUrl } from '../action/src/core/render/markdown-safe.js';
import { RenderError } from '../action/src/core/render/render-error.js';
import { listNodes, parseMarkdown } from './fixtures/render-fixture.js';

/** The value in each place a template puts data: a heading, a paragraph, a list item and a table cell. */
function placeEverywhere(value: string): string {
  const safe = escapeMarkdown(value, { maxLength: 10_000 });
  // The paragraph and the item end in a mark, so that a value that escapes to nothing still leaves them there.
  return `# Title ${safe}\n\n${safe} ¶\n\n- ${safe} ¶\n\n| a | b |\n| --- | --- |\n| ${safe} | x |\n`;
}

/** Plain text only: exactly the four blocks, and inside them nothing but text. */
function expectInert(value: string): void {
  const tree = parseMarkdown(placeEverywhere(value));
  expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'list', 'table']);
  const types = new Set(listNodes(tree).map((node) => node.type));
  for (const type of types) expect(['root', 'heading', 'paragraph', 'text', 'list', 'listItem', 'table', 'tableRow', 'tableCell']).toContain(type);
  const table = tree.children[3];
  if (table?.type !== 'table') throw new Error('no table');
  expect(table.children.map((row) => row.children.length)).toEqual([2, 2]);
  const list = tree.children[2];
  expect(list?.type === 'list' && list.children.length).toBe(1);
}

/** What GitHub would turn into links after rendering: mentions, issue references, bare URLs. */
function expectNoGitHubReferences(text: string): void {
  expect(text).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/);
  expect(text).not.toMatch(/#\d/);
  expect(text).not.toMatch(/GH-\d/i);
  expect(text).not.toMatch(/[A-Za-z]:\/\//);
  expect(text).not.toMatch(/www\./i);
}

const ATTACKS: Record<string, string> = {
  'a table pipe': 'a | b | c',
  'an HTML tag': '<script>alert(1)</script>',
  'an HTML comment': '<!-- hidden',
  'an entity': '&#8238;&amp;&lt;b&gt;',
  'a heading': '# heading',
  'a closing heading sequence': 'title #',
  'a list item': '- item',
  'a plus list item': '+ item',
  'a star list item': '* item',
  'an ordered list item': '1. item',
  'an ordered list item with a parenthesis': '12) item',
  'a blockquote': '> quote',
  'a GitHub alert': '> [!WARNING]',
  'a setext underline': '===',
  'a thematic break': '---',
  'a code fence': '```js',
  'a tilde fence': '~~~',
  'inline code': 'run `rm -rf /`',
  'indented code': '    code',
  'a link': '[x](http://evil.example)',
  'an image': '![i](http://evil.example/i.png)',
  'a reference definition': '[ref]: http://evil.example',
  'a reference link': '[x][ref]',
  'a footnote': 'text[^1]',
  'an autolink': '<https://evil.example>',
  'a bare URL': 'see https://evil.example/path',
  'an ftp URL': 'ftp://evil.example',
  'a www link': 'www.evil.example',
  'an upper-case www link': 'WWW.EVIL.EXAMPLE',
  'an email': 'mail@evil.example',
  'a mailto': 'mailto:mail@evil.example',
  'a mention': '@octocat',
  'a team mention': '@org/team',
  'an issue reference': '#12',
  'a GH reference': 'GH-34',
  'a cross-repository reference': 'owner/repo#56',
  emphasis: '*em* _em_ **strong** __strong__',
  strikethrough: '~~gone~~ ~gone~',
  math: '$x^2$ and $$y$$',
  'a hard line break': 'line\\',
  'a task list': '[ ] todo',
};

describe('escapeMarkdown', () => {
  for (const [name, attack] of Object.entries(ATTACKS)) {
    it(`leaves ${name} inert wherever it is placed`, () => {
      expectInert(attack);
      expectInert(`${attack} ${attack}`);
      expectNoGitHubReferences(escapeMarkdown(attack));
    });
  }

  it('keeps a value on one line: line breaks and tabs become single spaces', () => {
    expect(escapeMarkdown('first\nsecond\r\nthird\rfourth\tfifth\u2028sixth\u2029seventh   eighth\u0085ninth')).toBe(
      'first second third fourth fifth sixth seventh eighth ninth',
    );
  });

  it('removes control characters and bidirectional overrides', () => {
    const text = escapeMarkdown('a\u0000b\u0007c\u001bd\u007fe\u0080f\u009fg\u200eh\u200fi\u202aj\u202ek\u2066l\u2069m\u061cn');
    expect(text).toBe('abcdefghijklmn');
  });

  it('caps long values with an ellipsis, by code points', () => {
    expect(Array.from(escapeMarkdown('x'.repeat(5000)))).toHaveLength(DEFAULT_MAX_LENGTH);
    expect(escapeMarkdown('x'.repeat(5000)).endsWith('…')).toBe(true);
    expect(escapeMarkdown('abcdef', { maxLength: 4 })).toBe('abc…');
    expect(escapeMarkdown('😀😀😀😀', { maxLength: 3 })).toBe('😀😀…');
    expect(escapeMarkdown('short', { maxLength: 5 })).toBe('short');
  });

  it('caps before escaping, so an escape is never cut in half', () => {
    expect(escapeMarkdown('ab|cd', { maxLength: 3 })).toBe('ab…');
    expect(escapeMarkdown('a|bcd', { maxLength: 3 })).toBe('a\\|…');
  });

  it('rejects a cap that is not a positive integer', () => {
    expect(() => escapeMarkdown('x', { maxLength: 0 })).toThrow(RenderError);
  });

  it('leaves ordinary text readable', () => {
    expect(escapeMarkdown('云桥课堂 CloudBridge Class, 7×24 support (Hangzhou)')).toBe('云桥课堂 CloudBridge Class, 7×24 support \\(Hangzhou\\)');
    expect(escapeMarkdown('v2026.11 build-3')).toBe('v2026.11 build-3');
    expect(escapeMarkdown('2026.11')).toBe('2026.11');
  });

  it('removes characters that show nothing: zero-width, joiners, Hangul fillers, tag characters, the BOM', () => {
    expect(escapeMarkdown('Cloud\u200bBridge\u2060 \u3164Class\ufeff')).toBe('CloudBridge Class');
    // Tag characters spell a second, hidden text (here "evil") after a visible one.
    expect(escapeMarkdown('Penny\u{e0065}\u{e0076}\u{e0069}\u{e006c}Class')).toBe('PennyClass');
    expect(escapeMarkdown('\u115f\u1160\u3164\uffa0')).toBe('');
  });

  it('turns any string into plain text that reads as the string did', () => {
    const markdownHeavy = fc.constantFrom(...'\\`*_~[]()!<>&|$#@:/.-+=^"\' \n\t\r\u202e\u0000w1'.split(''), 'www.', 'http://', '#1', 'GH-2');
    // Any code point but a lone surrogate (fast-check's "binary" unit), from an integer: inside oneof, that unit
    // first maps every one of the 1.1 million code points back to its index.
    const codePoint = fc.integer({ min: 0, max: 0x10ffff - 0x800 }).map((code) => String.fromCodePoint(code < 0xd800 ? code : code + 0x800));
    const text = fc.string({ unit: fc.oneof(markdownHeavy, codePoint), maxLength: 60 });
    fc.assert(
      fc.property(text, (value) => {
        expectInert(value);
        expectNoGitHubReferences(escapeMarkdown(value, { maxLength: 10_000 }));
        const paragraph = parseMarkdown(`${escapeMarkdown(value, { maxLength: 10_000 })} ¶`).children[0]!;
        const shown = listNodes(paragraph).flatMap((node) => (node.type === 'text' ? [node.value] : [])).join('').slice(0, -1);
        // Lossless apart from what is removed on purpose: whitespace layout, invisible and control characters.
        const visible = (text: string) =>
          text.replace(
            /[\s\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffd\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}]/gu,
            '',
          );
        expect(visible(shown)).toBe(visible(value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('toSafeId', () => {
  it('accepts the ids the schema allows', () => {
    expect(toSafeId('cloudbridge-class')).toBe('cloudbridge-class');
    expect(toSafeId('a1')).toBe('a1');
  });

  it.each(['../escape', 'Upper', 'with space', 'a/b', '-leading', '', 'x'.repeat(64), 'a.md', 'a\u202eb'])('rejects %j', (id) => {
    expect(() => toSafeId(id)).toThrow(RenderError);
  });
});

describe('toSafeUrl', () => {
  it('takes plain http(s) addresses, and nothing that could end a link, start Markdown or break a table', () => {
    for (const url of ['https://www.cloudbridge-class.example.cn', 'http://vendor.example.com/support/plans?tier=2#sla', 'https://a.example.org:8443/x_y-z~%20/']) {
      expect(toSafeUrl(url), url).toBe(url);
    }
    for (const value of [
      'javascript:alert(1)',
      'https://evil.example/a b',
      'https://evil.example/(x)',
      'https://evil.example/a|b',
      'https://evil.example/<script>',
      'https://evil.example/"q"',
      'https://evil.example/\\x',
      'https://@octocat.example',
      'https://localhost/x',
      'ftp://files.example.com',
      'https://example.com\nhttps://evil.example',
      `https://example.com/${'a'.repeat(300)}`,
      'Draft agreement, see https://example.com',
    ]) {
      expect(toSafeUrl(value), value).toBeNull();
    }
  });
});
