// The one error rendering throws. It names the template and line when the problem is in a template (a
// misspelt variable, an unknown helper, triple-stash output), so whoever edited templates/ can find it.

export interface RenderErrorLocation {
  /** Path relative to templates/, e.g. `partials/ranking.hbs`. */
  template: string;
  /** 1-based; absent when Handlebars gives no position (e.g. a helper failed outside any statement). */
  line?: number;
  /** 1-based. */
  column?: number;
}

export class RenderError extends Error {
  readonly location: RenderErrorLocation | undefined;
  readonly detail: string;

  constructor(detail: string, location?: RenderErrorLocation) {
    super(location ? `${describeLocation(location)}: ${detail}` : detail);
    this.name = 'RenderError';
    this.detail = detail;
    this.location = location;
  }
}

function describeLocation({ template, line, column }: RenderErrorLocation): string {
  if (line === undefined) return template;
  return column === undefined ? `${template}:${line}` : `${template}:${line}:${column}`;
}
