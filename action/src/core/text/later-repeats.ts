// Which items of a list repeat an id an earlier item already has: the ones a "used twice" finding points at.
export function laterRepeats(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  return ids.flatMap((id, index) => (seen.has(id) ? [index] : (seen.add(id), [])));
}
