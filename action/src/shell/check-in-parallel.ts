// Checks many vendor files on every core: a stateless map of checkFiles over chunks of files. Each worker gets a
// chunk with its job and answers with that chunk's results; it keeps nothing, so any chunk can go to any thread
// and the results come back in input order. Runs of fewer files, and runs from the TypeScript sources (the
// worker entry exists only in the bundle, action/dist/check-worker.js), use this thread through the same queue.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../core/index.js';
import { checkFiles } from './check-files.js';
import type { CheckJob, CheckedFile } from './check-files.js';

/** Below this many files one thread is faster than starting workers (docs/performance.md). */
export const PARALLEL_FROM = 200;

/** Files per chunk: small enough to balance the threads, large enough that messages cost nothing. */
const CHUNK_SIZE = 16;

/** Chunks each worker holds, so that the next one is waiting while it works. */
const IN_FLIGHT = 2;

const WORKER_ENTRY = fileURLToPath(new URL('./check-worker.js', import.meta.url));

export type Progress = (done: number, total: number) => void;

/** What a worker is sent, and what it answers (errors cross as their name and message). */
export interface ChunkRequest {
  id: number;
  job: CheckJob;
  sources: SourceFile[];
}
export type ChunkReply = { id: number; result: CheckedFile[] } | { id: number; error: { name: string; message: string } };

/** Runs one chunk somewhere: on this thread, or on a worker. */
type Runner = (job: CheckJob, sources: SourceFile[]) => Promise<CheckedFile[]>;

/** One worker per core from PARALLEL_FROM files on; this thread only hands out chunks and gathers results. */
export async function checkInParallel(job: CheckJob, sources: readonly SourceFile[], options: { onProgress?: Progress } = {}): Promise<CheckedFile[]> {
  const count = sources.length >= PARALLEL_FROM && existsSync(WORKER_ENTRY) ? availableParallelism() : 0;
  const workers = Array.from({ length: count }, () => startWorker());
  try {
    const runners: Runner[] = workers.length
      ? workers.flatMap((worker) => Array.from({ length: IN_FLIGHT }, () => worker.run))
      : [async (chunkJob, chunk) => checkFiles(chunkJob, chunk)];
    return await mapChunks({ job, sources, runners, onProgress: options.onProgress });
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

/**
 * Hands out chunks from one queue to the runners; results come back in input order, and the first failing
 * chunk in that order decides the error, so a run reads the same on one thread or many.
 */
async function mapChunks(input: {
  job: CheckJob;
  sources: readonly SourceFile[];
  runners: readonly Runner[];
  onProgress: Progress | undefined;
}): Promise<CheckedFile[]> {
  const { job, sources, runners, onProgress } = input;
  const chunks: SourceFile[][] = [];
  for (let start = 0; start < sources.length; start += CHUNK_SIZE) chunks.push(sources.slice(start, start + CHUNK_SIZE));
  const results: CheckedFile[][] = [];
  const failures: Array<{ index: number; error: unknown }> = [];
  let next = 0;
  let done = 0;
  const drain = async (run: Runner) => {
    while (next < chunks.length) {
      const index = next++;
      try {
        results[index] = await run(job, chunks[index]!);
      } catch (error) {
        failures.push({ index, error });
      }
      done += chunks[index]!.length;
      onProgress?.(done, sources.length);
    }
  };
  await Promise.all(runners.map(drain));
  const first = failures.sort((a, b) => a.index - b.index)[0];
  if (first) throw first.error;
  return results.flat();
}

interface CheckWorker {
  run: Runner;
  stop(): Promise<void>;
}

function startWorker(): CheckWorker {
  const worker = new Worker(WORKER_ENTRY);
  const pending = new Map<number, { resolve: (files: CheckedFile[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let broken: Error | null = null;
  const failAll = (error: Error) => {
    broken ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', (reply: ChunkReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) waiting?.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
    else waiting?.resolve(reply.result);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`a check worker stopped (exit code ${code})`)));
  return {
    run: (job, sources) =>
      new Promise((resolve, reject) => {
        if (broken) return reject(broken);
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, job, sources } satisfies ChunkRequest);
      }),
    stop: async () => {
      await worker.terminate();
    },
  };
}
