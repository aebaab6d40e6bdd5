// Spreads the work of a run over the machine's cores. Worker threads (pipeline-worker.ts), and this thread unless
// the run is large, take chunks of files from one queue, so a slow chunk never holds the others up; results come
// back in input order and the first failing chunk in that order decides the error, so a run reads the same on one
// thread or many. Work that must go back to the thread that did an earlier step (runOn) is not queued but pinned.
// Small runs, and runs from the TypeScript sources (the tests), use this thread alone: the worker entry exists
// only in the bundle (action/dist/pipeline-worker.js, next to cli.js and index.js).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { reviveError } from './pipeline-messages.js';
import type { ChunkMessage, FromWorker, ItemOf, JobOf, ResultOf, ToWorker, WorkKind } from './pipeline-messages.js';

/** Below this many files one thread is faster than starting workers (each costs ~100 ms of start-up). */
export const PARALLEL_FROM = 200;

/**
 * From this many files a run is large: this thread only hands out work and gathers results, and every core runs a
 * worker with a small heap. Parsing on this thread too was faster, but its garbage and the results it gathers
 * share one heap, which V8 lets grow to about three times what is live between full collections. The same holds
 * for `check`: of 10,000 files it peaked at 171–200 MB with this thread parsing, 153–170 MB without, in as much
 * time (runs taking turns on the same files).
 */
export const LARGE_RUN_FROM = 2000;

const WORKER_ENTRY = fileURLToPath(new URL('./pipeline-worker.js', import.meta.url));

/** Files per chunk: small enough to balance the threads, large enough that messages cost nothing. */
const CHUNK_SIZE = 16;

/**
 * A worker that only checks keeps nothing from one chunk to the next (a chunk's files come to a few MB), so its
 * heap is held small, so that it collects garbage early instead of growing, at no cost in time. Runs
 * that score and render keep the default heap below LARGE_RUN_FROM: rendering makes much more garbage, and
 * collecting it that often cost a run of 1,000 files about 0.4 s (measured).
 */
const SMALL_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };

/**
 * The workers of a large run keep what they prepare on disk (render-on-threads.ts), so a bounded heap suffices.
 * Measured at 10,000 files against default heaps: 320 MB instead of 420 MB at the peak, 12 % more time (more
 * collections); a young generation of 8 MB, as for `check`, cost 25 % more time for 10 MB less.
 */
const LARGE_RUN_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 };

/** Chunks each worker holds: the next one is waiting while it works, however long this thread takes to reply. */
const IN_FLIGHT = 2;

export type Progress = (done: number, total: number) => void;

/** The thread a caller runs on, as runPlaced and runOn name threads (workers are 0, 1, …). */
const HERE = -1;

interface Placed<O> {
  results: O[];
  /** For each result, the thread it was computed on: a worker's index, or HERE. */
  threads: number[];
}

/** Items done so far, reported as they finish, whichever thread or run they finished on. */
function countProgress(total: number, onProgress: Progress | undefined): (done: number) => void {
  let done = 0;
  return (finished) => {
    done += finished;
    onProgress?.(done, total);
  };
}

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export class PipelinePool {
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Set when a worker crashed: later requests fail at once instead of waiting for it. */
  private broken: Error | null = null;

  private constructor(
    private readonly workers: readonly Worker[],
    /** Items go to the workers only, and what a run renders is kept on disk (see LARGE_RUN_FROM). */
    readonly large: boolean,
  ) {
    for (const worker of workers) {
      worker.on('message', (message: FromWorker) => this.settle(message));
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', (code) => this.failAll(new Error(`a pipeline worker stopped (exit code ${code})`)));
    }
  }

  /**
   * A pool sized for `files` files: this thread alone below PARALLEL_FROM or without the bundled worker.
   * `checkOnly`: the workers will only check files, keeping nothing (see SMALL_HEAP).
   */
  static open(files: number, options: { checkOnly?: boolean } = {}): PipelinePool {
    const parallel = files >= PARALLEL_FROM && existsSync(WORKER_ENTRY);
    const large = parallel && files >= LARGE_RUN_FROM;
    const count = parallel ? availableParallelism() - (large ? 0 : 1) : 0;
    const workerOptions = options.checkOnly ? { resourceLimits: SMALL_HEAP } : large ? { resourceLimits: LARGE_RUN_HEAP } : {};
    return new PipelinePool(
      Array.from({ length: Math.max(0, count) }, () => new Worker(WORKER_ENTRY, workerOptions)),
      large,
    );
  }

  /**
   * Runs `kind` work over `items` on every thread: the workers get `job` and chunks of items, this thread (unless
   * the run is large) runs the same work through `runHere`. Chunks are handed out before this call returns, so the
   * workers are busy while this thread does other work; IN_FLIGHT chunks per worker cover how long that takes.
   */
  async run<K extends WorkKind>(
    kind: K,
    job: JobOf<K>,
    items: readonly ItemOf<K>[],
    runHere: (items: ItemOf<K>[]) => Promise<ResultOf<K>[]>,
    options: { onProgress?: Progress } = {},
  ): Promise<ResultOf<K>[]> {
    return (await this.runPlaced(kind, job, items, runHere, options)).results;
  }

  /**
   * Like run, and says which thread ran each item: `threads[i]` is the index of the worker that ran items[i], or
   * HERE. Work that leaves something on its thread (a prepared vendor) goes back there with runOn.
   */
  runPlaced<K extends WorkKind>(
    kind: K,
    job: JobOf<K>,
    items: readonly ItemOf<K>[],
    runHere: (items: ItemOf<K>[]) => Promise<ResultOf<K>[]>,
    options: { onProgress?: Progress } = {},
  ): Promise<Placed<ResultOf<K>>> {
    for (const worker of this.workers) worker.postMessage({ type: 'job', kind, job } as ToWorker);
    const progress = countProgress(items.length, options.onProgress);
    return this.schedule(kind, this.workers, items, this.large ? null : runHere, IN_FLIGHT, progress);
  }

  /**
   * Runs each thread's own items on it: `own(thread)` for every worker and for HERE (this thread, through
   * `runHere`). Results come back thread by thread: the workers' in their order, then this thread's. A worker gets
   * all its chunks at once: with nothing to balance, it never waits for this thread between chunks.
   */
  async runOn<K extends WorkKind>(
    kind: K,
    job: JobOf<K>,
    own: (thread: number) => readonly ItemOf<K>[],
    runHere: (items: ItemOf<K>[]) => Promise<ResultOf<K>[]>,
    options: { onProgress?: Progress } = {},
  ): Promise<ResultOf<K>[]> {
    const total = this.workers.reduce((sum, _worker, index) => sum + own(index).length, own(HERE).length);
    const progress = countProgress(total, options.onProgress);
    const runs = this.workers.map((worker, index) => {
      worker.postMessage({ type: 'job', kind, job } as ToWorker);
      return this.schedule(kind, [worker], own(index), null, Number.POSITIVE_INFINITY, progress);
    });
    runs.push(this.schedule(kind, [], own(HERE), runHere, 0, progress));
    return (await Promise.all(runs)).flatMap((placed) => placed.results);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** Hands out `items` in chunks from one queue to `workers` and, given `runHere`, to this thread. */
  private async schedule<K extends WorkKind>(
    kind: K,
    workers: readonly Worker[],
    items: readonly ItemOf<K>[],
    runHere: ((items: ItemOf<K>[]) => Promise<ResultOf<K>[]>) | null,
    inFlight: number,
    progress: (done: number) => void,
  ): Promise<Placed<ResultOf<K>>> {
    type I = ItemOf<K>;
    type O = ResultOf<K>;
    const chunks: I[][] = [];
    for (let start = 0; start < items.length; start += CHUNK_SIZE) chunks.push(items.slice(start, start + CHUNK_SIZE));
    const results: O[][] = [];
    const ranOn: number[] = [];
    const failures: Array<{ index: number; error: Error }> = [];
    let next = 0;
    const take = async (thread: number, run: (chunk: I[]) => Promise<O[]>) => {
      while (next < chunks.length) {
        const index = next++;
        ranOn[index] = thread;
        try {
          results[index] = await run(chunks[index]!);
        } catch (error) {
          failures.push({ index, error: error as Error });
        }
        progress(chunks[index]!.length);
      }
    };
    const remote = workers.flatMap((worker) =>
      Array.from({ length: Math.min(inFlight, chunks.length) }, () =>
        take(this.workers.indexOf(worker), (chunk) => this.request(worker, { type: 'chunk', kind, id: this.nextId++, items: chunk } as ChunkMessage) as Promise<O[]>),
      ),
    );
    const here =
      runHere &&
      take(HERE, async (chunk) => {
        const output = await runHere(chunk);
        // Let the workers' replies in before the next chunk keeps this thread busy again.
        await new Promise((resolve) => setImmediate(resolve));
        return output;
      });
    await Promise.all([here, ...remote]);
    const first = failures.sort((a, b) => a.index - b.index)[0];
    if (first) throw first.error;
    return { results: results.flat(), threads: chunks.flatMap((chunk, index) => chunk.map(() => ranOn[index]!)) };
  }

  private request(worker: Worker, message: ChunkMessage): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      this.pending.set(message.id, { resolve, reject });
      worker.postMessage(message);
    });
  }

  private settle(message: FromWorker): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if ('error' in message) pending.reject(reviveError(message.error));
    else pending.resolve(message.result);
  }

  private failAll(error: Error): void {
    this.broken ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
