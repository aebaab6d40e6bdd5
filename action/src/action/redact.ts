// Nothing from the runner's environment may reach a comment, a summary, an annotation or an error message: not
// the token (echoed by a misbehaving proxy, or pasted into a vendor file by mistake) and not the runner's
// absolute paths (which say where the checkout lives and who runs it). Runner paths become repository-relative.

export interface RedactOptions {
  secrets: readonly string[];
  /** Absolute paths, mapped to what to show instead. */
  paths: ReadonlyArray<{ path: string; as: string }>;
}

export function createRedactor(options: RedactOptions): (text: string) => string {
  // Longest first, so that /home/runner/work/repo is replaced before /home/runner.
  const replacements = [
    ...options.secrets.filter((secret) => secret.length >= 4).map((secret) => ({ find: secret, as: '***' })),
    ...options.paths.filter((entry) => entry.path.length > 1).map((entry) => ({ find: entry.path.replace(/\/+$/, ''), as: entry.as })),
  ].sort((a, b) => b.find.length - a.find.length);
  if (!replacements.length) return (text) => text;
  // One pass over the text: a renderer redacts every value it escapes.
  const pattern = new RegExp(replacements.map(({ find }) => find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const shown = new Map(replacements.map(({ find, as }) => [find, as]));
  return (text) => text.replace(pattern, (found) => shown.get(found)!);
}

/** The secrets and paths of a GitHub Actions runner, read from its environment. */
export function redactOptionsFromEnv(env: NodeJS.ProcessEnv, token: string): RedactOptions {
  const secretNames = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'GITHUB_TOKEN'];
  const pathNames: Array<[string, string]> = [
    ['GITHUB_WORKSPACE', '.'],
    ['RUNNER_TEMP', '$RUNNER_TEMP'],
    ['RUNNER_TOOL_CACHE', '$RUNNER_TOOL_CACHE'],
    ['GITHUB_ACTION_PATH', '$GITHUB_ACTION_PATH'],
    ['RUNNER_WORKSPACE', '$RUNNER_WORKSPACE'],
    ['HOME', '~'],
  ];
  return {
    secrets: [token, ...secretNames.map((name) => env[name] ?? '')],
    paths: pathNames.flatMap(([name, as]) => (env[name] ? [{ path: env[name]!, as }] : [])),
  };
}
