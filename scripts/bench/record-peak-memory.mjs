// Preloaded with `node --import` into every process the benchmark starts: at exit, appends the process's peak
// resident set size (all threads) in kilobytes to the file named by BENCH_RSS_FILE.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
