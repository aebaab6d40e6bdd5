// `vendor-review score`: the report as an aligned plain-text table, followed by the ranking rule and the
// robustness of first place, so the table can be read without the JSON. The range comes first: its lower end is
// what ranks; the score over what is known follows, and is not shown for a vendor too little is known of.
import type { GateResult, Ranking, Robustness, VendorSummary } from '../types/score.js';
import { showLineBreaks } from '../text/invisible.js';
import { round2 } from './round-number.js';

const HEADERS = ['Rank', 'Vendor', 'Lower–upper', 'Known score', 'Coverage', 'Confidence', 'Verdict', 'Gates'] as const;

export function formatScoreTable(report: Ranking & { robustness: Robustness }): string {
  const rows = report.vendors.map(formatRow);
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const formatLine = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const lines = [formatLine(HEADERS), formatLine(widths.map((width) => '-'.repeat(width))), ...rows.map(formatLine)];
  if (!rows.length) lines.push('(no vendors)');
  lines.push(
    '',
    `Rubric ${report.rubric_version}. Ranked: the comparable vendors by the lower bound (missing answers count 0), then the score, then the id; then, without a rank, insufficient data and last knocked out.`,
    ...formatRobustness(report),
  );
  return `${lines.map(showLineBreaks).join('\n')}\n`;
}

function formatRow(vendor: VendorSummary): string[] {
  const { total } = vendor;
  return [
    vendor.rank === null ? '-' : String(vendor.rank),
    vendor.id,
    `${total.lower.toFixed(2)}–${total.upper.toFixed(2)}`,
    total.score === null || vendor.standing === 'insufficient-data' ? '-' : total.score.toFixed(2),
    `${round2(total.coverage * 100)}%`,
    total.confidence === null ? '-' : total.confidence.toFixed(2),
    vendor.verdict,
    formatGates(vendor.gates),
  ];
}

function formatGates(gates: readonly GateResult[]): string {
  if (!gates.length) return '-';
  const failed = gates.filter((gate) => gate.status === 'fail').map((gate) => gate.gate);
  const unknown = gates.filter((gate) => gate.status === 'unknown').map((gate) => gate.gate);
  if (!failed.length && !unknown.length) return `all ${gates.length} pass`;
  return [failed.length ? `fail: ${failed.join(', ')}` : '', unknown.length ? `unknown: ${unknown.join(', ')}` : ''].filter(Boolean).join('; ');
}

function formatRobustness(report: { robustness: Robustness }): string[] {
  const { leader, runner_up: runnerUp, flip, win_probability: winProbability, samples, seed } = report.robustness;
  if (!leader) return [];
  const lines = [`Leader: ${leader}${runnerUp ? `; runner-up: ${runnerUp}` : ''}.`];
  if (flip) {
    lines.push(
      `First place changes if the weight of ${flip.dimension} ${flip.change < 0 ? 'falls' : 'rises'} by ${Math.abs(flip.change).toFixed(2)} points (the other weights rescaled to keep the sum); no smaller change of one weight does.`,
    );
  } else if (runnerUp) {
    lines.push('No change of a single weight changes first place.');
  }
  const chances = Object.entries(winProbability)
    .filter(([, probability]) => probability > 0)
    .map(([id, probability]) => `${id} ${round2(probability * 100)}%`);
  lines.push(`Chance of ranking first when every weight is perturbed at random (${samples} samples, seed ${seed}): ${chances.join(', ') || 'none'}.`);
  return lines;
}
