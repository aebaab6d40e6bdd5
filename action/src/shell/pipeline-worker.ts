// A thread of the pipeline pool (pipeline-pool.ts), bundled to action/dist/pipeline-worker.js: it checks vendor
// files, or prepares them and later renders their pages, a chunk at a time as the main thread sends them, and
// replies with plain data.
import { parentPort } from 'node:worker_threads';
import { checkFiles } from './check-files.js';
import { serialiseError } from './pipeline-messages.js';
import type { FromWorker, ItemOf, JobOf, ResultOf, ToWorker, WorkKind } from './pipeline-messages.js';

const jobs: { [K in WorkKind]?: JobOf<K> } = {};

/** Preparing and rendering load with their first chunk: a worker that only checks never evaluates them. */
const handlers: { [K in WorkKind]: (job: JobOf<K>, items: ItemOf<K>[]) => Promise<ResultOf<K>[]> } = {
  check: checkFiles,
  prepare: async (job, items) => (await import('./prepare-files.js')).prepareFiles(job, items),
  overview: async (job, items) => (await import('./prepare-files.js')).viewOverviews(job, items),
  render: async (job, items) => (await import('./render-pages.js')).renderPages(job, items),
};

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'job') {
    jobs[message.kind] = message.job as never;
    return;
  }
  const { id, kind, items } = message;
  const handle = handlers[kind] as (job: JobOf<typeof kind>, items: unknown[]) => Promise<unknown[]>;
  handle(jobs[kind]!, items).then(
    (result) => parentPort!.postMessage({ id, result } satisfies FromWorker),
    (error: unknown) => parentPort!.postMessage({ id, error: serialiseError(error) } satisfies FromWorker),
  );
});
