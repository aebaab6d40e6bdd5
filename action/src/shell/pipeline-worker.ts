// A thread of the pipeline pool (pipeline-pool.ts), bundled to action/dist/pipeline-worker.js: it checks vendor
// files, or prepares them and later renders their pages, a chunk at a time as the main thread sends them, and
// replies with plain data.
import { parentPort } from 'node:worker_threads';
import { checkFiles } from './check-files.js';
import { serialiseError } from './pipeline-messages.js';
import type { FromWorker, JobOf, ToWorker, WorkKind } from './pipeline-messages.js';

const jobs: { [K in WorkKind]?: JobOf<K> } = {};

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'job') {
    jobs[message.kind] = message.job as never;
    return;
  }
  const { id } = message;
  // Preparing and rendering load with their first chunk: a worker that only checks never evaluates them.
  const work =
    message.kind === 'check'
      ? () => checkFiles(jobs.check!, message.items)
      : message.kind === 'prepare'
        ? async () => (await import('./prepare-files.js')).prepareFiles(jobs.prepare!, message.items)
        : message.kind === 'overview'
          ? async () => (await import('./prepare-files.js')).viewOverviews(jobs.overview!, message.items)
          : async () => (await import('./render-pages.js')).renderPages(jobs.render!, message.items);
  work().then(
    (result) => parentPort!.postMessage({ id, result } satisfies FromWorker),
    (error: unknown) => parentPort!.postMessage({ id, error: serialiseError(error) } satisfies FromWorker),
  );
});
