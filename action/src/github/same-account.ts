// Who wrote a comment or an issue: the bot's own posts are updated, anyone else's never are.

/**
 * GraphQL names a bot `github-actions` as an author but `github-actions[bot]` as the viewer. A user cannot
 * register a name with brackets, so a viewer ending in [bot] only matches authors that are bots.
 */
export function sameAccount(viewer: string): (author: { __typename: string; login: string }) => boolean {
  const bot = viewer.endsWith('[bot]');
  const login = viewer.replace(/\[bot\]$/, '').toLowerCase();
  return (author) => author.login.replace(/\[bot\]$/, '').toLowerCase() === login && (author.__typename === 'Bot') === bot;
}

/** GitHub may hand back a body with CRLF and without the final newline we sent: compare what a reader sees. */
export function sameText(a: string, b: string): boolean {
  const normalise = (text: string) => text.replace(/\r\n/g, '\n').trimEnd();
  return normalise(a) === normalise(b);
}

/**
 * Whether a body is one of ours by its marker: the marker must be the body's first line. Another workflow's bot
 * comment that merely quotes it (echoing pull-request text) is not ours, and is never edited or deleted.
 */
export function startsWithMarker(body: string, marker: string): boolean {
  return body.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.trim() === marker;
}
