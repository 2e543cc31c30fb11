/** A worker thread of the post-build pass (pass-pool.ts): passes the files it is sent, one message each. */
import { parentPort, workerData } from 'node:worker_threads';
import { passFile, type PassCache } from './file-pass.ts';

const { dist, cache } = workerData as { dist: string; cache: PassCache | null };

parentPort!.on('message', async ({ id, path }: { id: number; path: string }) => {
  try {
    parentPort!.postMessage({ id, passed: await passFile(dist, path, cache) });
  } catch (error) {
    parentPort!.postMessage({ id, error: `${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
  }
});
