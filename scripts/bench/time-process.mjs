// Wall time and peak memory of a whole Node process, as a user starts it: spawned, output discarded, timed from
// spawn to exit. Peak memory comes from record-peak-memory.mjs, preloaded with --import.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'record-peak-memory.mjs');

/** Runs `node <args>` in `cwd` `reps` times; returns [{ ms, rssKb }]. A failing exit code throws unless allowed. */
export async function timeProcess(cwd, args, { reps, allowFailure = false }) {
  const rssFile = path.join(cwd, '..', `rss-${process.pid}.txt`);
  const runs = [];
  for (let rep = 0; rep < reps; rep++) {
    rmSync(rssFile, { force: true });
    const start = performance.now();
    const code = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', PRELOAD, ...args], {
        cwd,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, BENCH_RSS_FILE: rssFile },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (exit) => (exit === 0 || allowFailure ? resolve(exit) : reject(new Error(`node ${args.join(' ')} exited with ${exit}: ${stderr.slice(0, 2000)}`))));
    });
    const ms = performance.now() - start;
    runs.push({ ms, rssKb: Number(readFileSync(rssFile, 'utf8').trim()), code });
  }
  rmSync(rssFile, { force: true });
  return runs;
}
