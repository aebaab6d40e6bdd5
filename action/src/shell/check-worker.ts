// A thread of checkInParallel (check-in-parallel.ts), bundled to action/dist/check-worker.js: it checks each chunk
// of vendor files it is sent and answers with plain data, keeping nothing from one chunk to the next.
import { parentPort } from 'node:worker_threads';
import { checkFiles } from './check-files.js';
import type { ChunkReply, ChunkRequest } from './check-in-parallel.js';

// yaml looks up two debugging switches in process.env for every token it reads; process.env answers through the
// runtime (a quarter of each parse, docs/performance.md). A worker's environment is already a copy that nothing
// changes, so a plain object with the same entries answers the same, at the speed of a property read.
process.env = { ...process.env };

parentPort!.on('message', ({ id, job, sources }: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    reply = { id, result: checkFiles(job, sources) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    reply = { id, error: { name, message } };
  }
  parentPort!.postMessage(reply);
});
