// Characters that show nothing, or change how the text around them shows, in a report or on a terminal: C0 and
// C1 controls, bidirectional marks, overrides and isolates (which reorder what is read), zero-width characters,
// joiners, the word joiner and invisible operators, the byte order mark, Hangul fillers, the soft hyphen,
// variation selectors and Unicode tag characters (U+E0000–E007F), which can spell a second, hidden text.
// Data passes through them removed, so a name cannot look blank, or like another vendor's.
const INVISIBLE_CLASS =
  '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f' +
  '\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff0-\\ufffb' +
  '\\u{1d173}-\\u{1d17a}\\u{e0000}-\\u{e0fff}';

/** Every invisible character (see above), tab and line breaks excepted: for replacing. */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');

/** Whether a text holds any (a regular expression without state between calls). */
export function hasInvisible(text: string): boolean {
  return HAS_INVISIBLE.test(text);
}

const HAS_INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'u');

/** Line breaks of every kind, which must not split a value that stands on one line. */
export const LINE_BREAKS = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

/** A value meant for one line, its line breaks shown as ⏎ rather than starting a new line of their own. */
export function showLineBreaks(text: string): string {
  return text.replace(LINE_BREAKS, '⏎');
}
