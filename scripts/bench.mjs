// npm run bench: how fast vendor-review checks, scores and renders, measured against the floor (Node start-up;
// reading and parsing the same files with `yaml`, sequentially) and the peer (ajv-cli validating them), on
// synthetic vendor files, in one run, on this machine. See docs/performance.md for the method.
//
//   node scripts/bench.mjs [--sizes 100,1000,10000] [--reps 5] [--large-reps 2] [--skip stages,pr,…] [--label text]
//
// Measures the committed bundles in action/dist: run `npm run build` first after changing the sources. Writes
// .bench/results.json and, unless --no-doc, docs/benchmark-results.md (the table of the latest full run).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleBenchModules } from './bench/bundle-bench-modules.mjs';
import { formatTable, summarise } from './bench/summarise.mjs';
import { timeProcess } from './bench/time-process.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const work = path.join(root, '.bench');
const options = readOptions(process.argv.slice(2));
const AS_OF = '2026-11-25';
const CLI = path.join(root, 'action/dist/cli.js');
const AJV = path.join(root, 'node_modules/ajv-cli/dist/index.js');
const SCHEMA = path.join(root, 'schemas/vendor.schema.json');

const started = Date.now();
const modules = await bundleBenchModules(root, path.join(work, 'build'));
const { generateVendorFiles, vendorPath } = await import(modules.generateVendors);

const rows = [];
const record = (row) => {
  rows.push(row);
  const { median, min, max } = row.ms;
  process.stderr.write(`  ${row.size} ${row.variant} ${row.measure}: ${median.toFixed(0)} ms (${min.toFixed(0)}–${max.toFixed(0)})\n`);
};

process.stderr.write('Node start-up\n');
const startup = await timeProcess(work, ['-e', '0'], { reps: 10 });
record({ size: 0, variant: 'none', measure: 'node start-up', ...summarise(startup) });

for (const size of options.sizes) {
  const reps = size > 1000 ? options.largeReps : options.reps;
  for (const variant of ['valid', 'invalid']) {
    process.stderr.write(`${size} vendors, ${variant}\n`);
    const project = createProject(size, variant);
    const vendors = path.join(project, 'vendors');
    const measures = [];
    if (!options.skip.has('floors')) measures.push({ name: 'floor: yaml read+parse', args: [modules.floorParse, vendors] });
    if (!options.skip.has('peers')) {
      const args = [AJV, 'validate', '-s', SCHEMA, '-d', 'vendors/*.yaml', '--spec=draft2020', '-c', 'ajv-formats', '--strict=false', '--errors=text'];
      measures.push({ name: 'peer: ajv-cli', args, allowFailure: variant === 'invalid' });
    }
    if (!options.skip.has('check')) measures.push({ name: 'cli: check', args: [CLI, 'check'], allowFailure: variant === 'invalid' });
    if (variant === 'valid' && !options.skip.has('run')) measures.push({ name: 'cli: run (check+score+render)', args: [CLI, 'run', '--as-of', AS_OF] });
    for (const { name, runs } of await timeInTurn(project, measures, reps)) record({ size, variant, measure: name, ...summarise(runs) });
    if (variant === 'invalid') continue;
    if (!options.skip.has('stages')) {
      const stageReps = Math.max(1, Math.min(reps, size > 1000 ? 1 : 3));
      const samples = [];
      for (let rep = 0; rep < stageReps; rep++) {
        samples.push(JSON.parse(execFileSync(process.execPath, [modules.measureStages, project, AS_OF], { encoding: 'utf8', maxBuffer: 1 << 24 })));
      }
      for (const stage of Object.keys(samples[0].stages)) {
        record({ size, variant, measure: `stage: ${stage}`, ...summarise(samples.map((sample) => ({ ms: sample.stages[stage], rssKb: null }))) });
      }
    }
    if (size === 1000 && !options.skip.has('pr')) await measurePullRequest(project, reps);
  }
}

if (!options.skip.has('key-bomb')) await measureKeyBomb(options.reps);

/**
 * Each process measure `reps` times, taking turns (floor, peer, check, run, floor, …) rather than one after the
 * other: this VM's speed drifts over minutes, and taking turns makes the drift fall on every measure of a project
 * alike, so the ratios between them (to the floor and the peer), which the targets are, stay fair. Node's start-up,
 * measured once at the beginning, is not part of the turns: the "× start-up" column is only indicative.
 */
async function timeInTurn(project, measures, reps) {
  const timed = measures.map((measure) => ({ name: measure.name, runs: [] }));
  for (let rep = 0; rep < reps; rep++) {
    for (const [index, { args, allowFailure }] of measures.entries()) timed[index].runs.push(...(await timeProcess(project, args, { reps: 1, allowFailure })));
  }
  return timed;
}

async function measurePullRequest(project, reps) {
  process.stderr.write('pull request changing 1 of 1000 vendors\n');
  // The base's reports (scores.json) are committed, as the publish mode leaves them on the default branch.
  execFileSync(process.execPath, [CLI, 'run', '--as-of', AS_OF], { cwd: project, stdio: 'ignore' });
  const head = `${project}-head`;
  rmSync(head, { recursive: true, force: true });
  cpSync(project, head, { recursive: true });
  const changed = vendorPath(0);
  const text = readFileSync(path.join(project, changed), 'utf8');
  writeFileSync(path.join(head, changed), text.replace(/support_headcount: \d+/, 'support_headcount: 3'));
  const output = execFileSync(process.execPath, [modules.measurePullRequest, project, head, changed, String(reps), modules.recordPeakMemory], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  for (const [configuration, result] of Object.entries(JSON.parse(output))) {
    // Above max-vendor-files the review fails the check, as it must.
    const expected = configuration.endsWith('refused') ? 1 : 0;
    if (result.exitCodes.some((code) => code !== expected)) throw new Error(`the action under ${configuration} exited ${result.exitCodes.join(', ')}, not ${expected}`);
    const runs = result.ms.map((ms, i) => ({ ms, rssKb: result.rssKb[i] }));
    const measure = /^\d+ changed/.test(configuration) ? `action: pull request, ${configuration}` : `action: pull request, 1 changed (${configuration})`;
    record({ size: 1000, variant: 'valid', measure, requests: Math.max(...result.requests), ...summarise(runs) });
  }
}

/**
 * Twenty 256 KB vendor files of unknown keys, the attack of issue 14: checking them must cost a small multiple of
 * parsing them, not the seconds per file that yaml's unique-key scan and a search per finding used to take.
 */
async function measureKeyBomb(reps) {
  process.stderr.write('key bomb: 20 files of 25,000 unknown keys\n');
  const project = createProject(0, 'key-bomb');
  const keys = Array.from({ length: 25_000 }, (_, i) => `k${String(i).padStart(5, '0')}: 1`).join('\n');
  const valid = generateVendorFiles({ count: 1, invalid: false })[vendorPath(0)];
  for (let i = 0; i < 20; i++) writeFileSync(path.join(project, `vendors/bomb-${i}.yaml`), `${valid.replace(/^id: .+$/m, `id: bomb-${i}`)}${keys}\n`);
  const measures = [
    { name: 'floor: yaml read+parse', args: [modules.floorParse, path.join(project, 'vendors')] },
    { name: 'cli: check', args: [CLI, 'check'], allowFailure: true },
  ];
  for (const { name, runs } of await timeInTurn(project, measures, reps)) record({ size: 20, variant: 'key bomb', measure: name, ...summarise(runs) });
}

function createProject(size, variant) {
  const project = path.join(work, 'projects', `${size}-${variant}`);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(path.join(project, 'vendors'), { recursive: true });
  for (const file of ['vendor-review.config.yaml', 'rubric.yaml', 'templates']) cpSync(path.join(root, file), path.join(project, file), { recursive: true });
  for (const [file, text] of Object.entries(generateVendorFiles({ count: size, invalid: variant === 'invalid' }))) {
    writeFileSync(path.join(project, file), text);
  }
  return project;
}

const machine = describeMachine();
const results = { label: options.label, date: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), machine, rows };
const table = formatTable(rows);
mkdirSync(work, { recursive: true });
writeFileSync(path.join(work, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\n${describeMachineLine(machine)}\n\n${table}\n`);
if (options.doc) {
  const doc = [
    '# Benchmark results',
    '',
    `The latest \`npm run bench\` (${options.label ? `${options.label}, ` : ''}${results.date.slice(0, 10)}, ${results.seconds} s in all). Method, targets and`,
    'analysis: [performance.md](performance.md).',
    '',
    describeMachineLine(machine),
    '',
    table,
    '',
  ].join('\n');
  writeFileSync(path.join(root, 'docs/benchmark-results.md'), doc);
}

function describeMachine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

function describeMachineLine(machine) {
  return `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; Node ${machine.node}; ${machine.platform}.`;
}

function readOptions(args) {
  const value = (name, fallback) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : fallback;
  };
  return {
    sizes: value('--sizes', '100,1000,10000').split(',').map(Number),
    reps: Number(value('--reps', '5')),
    largeReps: Number(value('--large-reps', '2')),
    skip: new Set(value('--skip', '').split(',').filter(Boolean)),
    label: value('--label', ''),
    doc: !args.includes('--no-doc'),
  };
}
