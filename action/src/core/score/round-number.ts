// Every number in a report is rounded once, here, so that the JSON is byte-stable across machines and a reader
// can check the arithmetic from the printed values.

/**
 * Rounds half away from zero to `decimals` places. The tiny nudge undoes binary representation error
 * (1.005 × 100 is 100.49999999999999 in floating point), so 1.005 rounds to 1.01 as a person expects.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-7)) / factor;
  return rounded === 0 ? 0 : rounded; // never -0
}

/** Scores, bounds, shares, factors, minutes. */
export function round2(value: number): number {
  return roundTo(value, 2);
}

/** Probabilities from the robustness check, which need finer steps than 1/100. */
export function round4(value: number): number {
  return roundTo(value, 4);
}
