// Medians, spreads and the results table. Every figure is also shown as a ratio to the floors (Node start-up;
// reading + parsing with `yaml`) and to the peer (ajv-cli) measured on the same files in the same run.

export function summarise(runs) {
  const ms = runs.map((run) => run.ms);
  const rss = runs.map((run) => run.rssKb).filter((kb) => kb !== null && kb > 0);
  return {
    reps: runs.length,
    ms: { median: median(ms), min: Math.min(...ms), max: Math.max(...ms) },
    rssMb: rss.length ? Math.max(...rss) / 1024 : null,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const FLOOR = 'floor: yaml read+parse';
const PEER = 'peer: ajv-cli';

export function formatTable(rows) {
  const find = (size, variant, measure) => rows.find((row) => row.size === size && row.variant === variant && row.measure === measure);
  const startup = find(0, 'none', 'node start-up');
  const header = ['N', 'files', 'measure', 'median', 'min–max', 'per file', '× start-up', '× yaml floor', '× ajv-cli', 'peak RSS', 'API requests'];
  const lines = rows.map((row) => {
    const floor = find(row.size, row.variant, FLOOR);
    const peer = find(row.size, row.variant, PEER);
    const ratio = (base) => (base && base !== row ? (row.ms.median / base.ms.median).toFixed(2) : '');
    const isProcess = !row.measure.startsWith('stage:');
    return [
      row.size ? row.size.toLocaleString('en-US') : '',
      ({ none: '', invalid: '1% invalid' })[row.variant] ?? row.variant,
      row.measure,
      formatMs(row.ms.median),
      `${formatMs(row.ms.min)}–${formatMs(row.ms.max)} (${row.reps}×)`,
      row.size ? formatPerFile(row.ms.median / row.size) : '',
      isProcess && startup && row !== startup ? ratio(startup) : '',
      ratio(floor),
      ratio(peer),
      row.rssMb === null ? '' : `${row.rssMb.toFixed(0)} MB`,
      row.requests === undefined ? '' : String(row.requests),
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  const format = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}

function formatMs(ms) {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

function formatPerFile(ms) {
  return ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(0)} µs`;
}
