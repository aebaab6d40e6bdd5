// yaml keeps each comment on a node: a migration that removes or rebuilds nodes moves their comments first, and
// checks at the end that every comment of the file is still there, so that none is ever dropped in silence.
import { Lexer, isCollection, isPair, isScalar, visit } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';

interface Commented {
  commentBefore?: string | null;
  comment?: string | null;
}

/** Takes every comment off `node` and everything below it, in document order: the node is about to go. */
export function takeComments(node: unknown): string[] {
  const taken: string[] = [];
  const take = (holder: Commented) => {
    if (holder.commentBefore) taken.push(holder.commentBefore);
    if (holder.comment) taken.push(holder.comment);
    holder.commentBefore = null;
    holder.comment = null;
  };
  const walk = (current: unknown): void => {
    if (isPair(current)) {
      walk(current.key);
      walk(current.value);
    } else if (isScalar(current)) {
      take(current);
    } else if (isCollection(current)) {
      // A collection's comment before comes first, its closing comment after its items.
      const closing = current.comment;
      if (current.commentBefore) taken.push(current.commentBefore);
      current.commentBefore = null;
      current.comment = null;
      for (const item of current.items) walk(item);
      if (closing) taken.push(closing);
    }
  };
  walk(node);
  return taken;
}

/** Adds comment lines above `node`, after the ones it has. */
export function addCommentBefore(node: Commented, comments: readonly string[]): void {
  const lines = [node.commentBefore, ...comments].filter((line): line is string => Boolean(line));
  node.commentBefore = lines.length ? lines.join('\n') : null;
}

/** Puts `comment` at the end of a key's line; one already there keeps its place and this one goes above the key. */
export function addLineComment(key: Commented, comment: string): void {
  if (key.comment) addCommentBefore(key, [comment]);
  else key.comment = comment;
}

/**
 * yaml reads the comment of `key: # note` (a block collection after it) as the collection's comment before, and
 * would write it on a line of its own; putting it back on the key keeps it where it was written. Likewise a
 * comment right after the last line of the file would come out after an added blank line.
 */
export function keepCommentsInPlace(doc: Document, text: string): void {
  visit(doc, {
    Pair(_key, pair: Pair<unknown, unknown>) {
      const { key, value } = pair;
      if (!isScalar(key) || !key.range || !isCollection(value) || value.flow || !value.commentBefore) return;
      const lineEnd = text.indexOf('\n', key.range[1]);
      if (!text.slice(key.range[1], lineEnd < 0 ? undefined : lineEnd).includes('#')) return;
      const [inline = '', ...rest] = value.commentBefore.split('\n');
      value.commentBefore = rest.length ? rest.join('\n') : null;
      addLineComment(key, inline);
    },
  });
  const contents = doc.contents as (YamlNode & Commented) | null;
  const end = contents?.range?.[2];
  if (contents && doc.comment && end !== undefined && /^[ \t]*#/.test(text.slice(end))) {
    contents.comment = [contents.comment, doc.comment].filter(Boolean).join('\n');
    doc.comment = null;
  }
}

/** The comments of `input` that `output` lacks (each as often as it was written), with where they were. */
export function missingComments(input: string, output: string): Array<{ comment: string; offset: number }> {
  const left = new Map<string, number>();
  for (const comment of commentsOf(output)) left.set(comment, (left.get(comment) ?? 0) + 1);
  const missing: Array<{ comment: string; offset: number }> = [];
  let cursor = 0;
  for (const comment of commentsOf(input)) {
    const offset = input.indexOf(comment, cursor);
    cursor = offset < 0 ? cursor : offset + comment.length;
    const count = left.get(comment) ?? 0;
    if (count > 0) left.set(comment, count - 1);
    else missing.push({ comment, offset: Math.max(offset, 0) });
  }
  return missing;
}

/** Comment tokens as the YAML lexer sees them: a `#` inside a quoted or block scalar is text, not a comment. */
function commentsOf(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#')).map((token) => token.trimEnd());
}
