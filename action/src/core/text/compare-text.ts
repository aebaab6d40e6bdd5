// Code-unit order of strings, not localeCompare: the same on every machine and in every locale, which ranking
// ties, file lists and reports rely on to come out byte for byte the same.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
