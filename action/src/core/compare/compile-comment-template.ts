// Compiles the pull-request comment template with the reports' template engine: the same escaping of every
// value, the same helpers and message catalogue, strict mode. The comment adds only the helpers that deltas need.
import Handlebars from 'handlebars';
import { createFormatter } from '../render/format.js';
import { createTemplateRenderer } from '../render/template-engine.js';
import type { Language } from '../types/rubric.js';

export const COMMENT_TEMPLATE = 'pr-comment.hbs';

export type RenderComment<View> = (view: View) => string;

/**
 * `templates`: every template by its path under templates/ (the comment may use the shared partials); `redact`
 * removes secrets and runner paths from values before they are escaped.
 */
export function compileCommentTemplate<View extends object>(input: {
  templates: Readonly<Record<string, string>>;
  language: Language;
  redact: (text: string) => string;
}): RenderComment<View> {
  const { templates, language, redact } = input;
  const render = createTemplateRenderer({ templates, language, redact, helpers: createCommentHelpers(language) });
  return (view) => render(COMMENT_TEMPLATE, view);
}

function createCommentHelpers(language: Language): Record<string, Handlebars.HelperDelegate> {
  const formatter = createFormatter(language);
  return {
    /** (eq a b), for choosing a sentence by a status or a kind. */
    eq: (a: unknown, b: unknown) => a === b,
    /** A change with its sign: +1.5, −2.0, ±0; a dash when one side is missing. {{signed delta digits=0}} */
    signed: (value: unknown, options: Handlebars.HelperOptions) => {
      if (typeof value !== 'number') return '–';
      const digits = typeof options.hash.digits === 'number' ? options.hash.digits : 1;
      const text = formatter.number(Math.abs(value), digits);
      return new Handlebars.SafeString(value > 0 ? `+${text}` : value < 0 ? `−${text}` : '±0');
    },
    /** A link target the action itself built (the workflow run), checked to be a plain https URL. */
    'trusted-url': (value: unknown) => {
      const url = String(value);
      if (!/^https:\/\/[\w.-]+(:\d+)?\/[\w./%-]*$/.test(url)) throw new Error(`"${url}" is not a plain https URL`);
      return new Handlebars.SafeString(url);
    },
  };
}
