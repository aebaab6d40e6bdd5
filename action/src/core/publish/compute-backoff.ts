// How long to wait before trying a publish again after the branch moved. Exponential, capped, with full jitter
// (a uniform draw below the cap) so that two publish runs racing for the same branch do not retry in lockstep.
// The random source is injected: tests pin it, production passes Math.random.

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 15_000 };

/** `retry` counts from 1 (the wait before the second attempt). */
export function computeBackoffMs(retry: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, retry - 1));
  const draw = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling * draw);
}
