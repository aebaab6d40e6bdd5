// Vendor files (and rubric files changed in a pull request) are untrusted. Every string from them reaches a report
// through escapeMarkdown, which makes it inert wherever a template puts it: in a table cell, a heading, a list
// item, link text or a paragraph. Escaping everywhere (not only where a construct could start) keeps the rule
// simple enough to trust: the output is plain text on GitHub, whatever the input.
import { INVISIBLE, hasInvisible } from '../text/invisible.js';
import { RenderError } from './render-error.js';

export const DEFAULT_MAX_LENGTH = 200;

export interface EscapeOptions {
  /** Longest value kept, in code points, counting the ellipsis that marks a cut. */
  maxLength?: number;
  /**
   * Removes what must never be shown (the action's token, the runner's paths) from the raw value, before it is
   * escaped: removing it from escaped text could join the escaped pieces back into live Markdown.
   */
  redact?: (text: string) => string;
}

/** The escaper of one renderer: escapeMarkdown with that renderer's redaction. */
export type Escape = (value: string, options?: Pick<EscapeOptions, 'maxLength'>) => string;

/** Line breaks become spaces: a value must stay on its line, in its table cell. */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const SPACES = / {2,}/g;
/**
 * ASCII punctuation with a meaning somewhere in CommonMark, GFM or GitHub: escapes, code, emphasis and
 * strikethrough, links, images and footnotes, HTML and autolinks, entities, table cells, math, headings.
 * CommonMark lets any ASCII punctuation be backslash-escaped, so each becomes literal.
 */
const PUNCTUATION = /[\\`*_~[\]()!<>&|$#]/g;
/** Block markers that only count at the start of a line (list items, setext underlines); a value may start one. */
const LEADING_MARKER = /^[-+=]/;
const LEADING_ORDERED_MARKER = /^(\d{1,9})\.(?= |$)/;
/**
 * GitHub turns text into links after Markdown has been rendered, so escapes cannot stop these: a zero-width
 * character inside the trigger can. `scheme://` and `www.` are GFM autolinks; `@` starts mentions, team mentions
 * and email autolinks; `#12`, `GH-12` and `owner/repo#12` are issue references.
 */
const URL_SCHEME = /:(?=\/\/)/g;
const WWW = /(www)(?=\.)/gi;
const MENTION = /@/g;
const ISSUE_NUMBER = /(#|GH-)(?=\d)/gi;
const ZERO_WIDTH_JOINER = '\u200d';
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Text that none of the rules above changes: letters and digits of any script, hyphens, commas, apostrophes and
 * single spaces between words, starting with a letter or digit. Most values (names, ids, regions) are such text
 * and come back as they are without running every rule. `GH-12` is the one reference it lets through.
 */
const PLAIN = /^[\p{L}\p{N}](?:[\p{L}\p{N},'-]| (?! |$))*$/u;
const GH_REFERENCE = /GH-(?=\d)/i;

/** Makes one value from data safe to place anywhere in a Markdown line. */
export function escapeMarkdown(value: string, options: EscapeOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new RenderError(`maxLength must be a positive integer, got ${maxLength}`);
  const redact = options.redact ?? ((text: string) => text);
  // Code units bound code points from above: a value this short is never cut.
  if (value.length <= maxLength && PLAIN.test(value) && !GH_REFERENCE.test(value) && !hasInvisible(value) && redact(value) === value) return value;
  const text = redact(value.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim());
  return capLength(text, maxLength)
    .replace(URL_SCHEME, `${ZERO_WIDTH_JOINER}:`)
    .replace(WWW, `$1${ZERO_WIDTH_JOINER}`)
    .replace(MENTION, `@${ZERO_WIDTH_SPACE}`)
    .replace(ISSUE_NUMBER, `$1${ZERO_WIDTH_SPACE}`)
    .replace(PUNCTUATION, '\\$&')
    .replace(LEADING_MARKER, '\\$&')
    .replace(LEADING_ORDERED_MARKER, '$1\\.');
}

/** Cuts by code points, never inside a surrogate pair, and before escaping, never inside an escape. */
function capLength(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const codePoints = Array.from(text);
  if (codePoints.length <= maxLength) return text;
  return `${codePoints.slice(0, maxLength - 1).join('').trimEnd()}…`;
}

/**
 * An http(s) address that can be a link whose visible text is itself: a host of letters, digits, dots and
 * hyphens, then only unreserved and reserved URL characters; nothing that could end the link, start Markdown or
 * HTML, or break a table (no spaces, brackets, parentheses, pipes, quotes, backslashes or angle brackets).
 */
const SAFE_URL = /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?::\d{1,5})?(?:[/?#][A-Za-z0-9\-._~%!$&*+,;=:@/?#]*)?$/;
const MAX_URL_LENGTH = 300;

/** The address when it is safe to show as a link (see SAFE_URL), else null. */
export function toSafeUrl(value: string): string | null {
  return value.length <= MAX_URL_LENGTH && SAFE_URL.test(value) ? value : null;
}

const SAFE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Ids become file names and link targets (`vendors/<id>.md`). The schema already restricts them; checking again
 * here means a file that skipped validation can never write outside vendors/ or smuggle Markdown into a link.
 */
export function toSafeId(id: string): string {
  if (!SAFE_ID.test(id)) {
    throw new RenderError(`"${escapeMarkdown(id, { maxLength: 80 })}" is not a safe id (lower-case letters, digits and hyphens)`);
  }
  return id;
}
