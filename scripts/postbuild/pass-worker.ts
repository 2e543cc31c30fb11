/** A worker thread of the post-build pass (scripts/postbuild.ts): passes the files it is sent. */
import { workerData } from 'node:worker_threads';
import { serveWorker } from '../worker-pool.ts';
import { passFile, type PassCache } from './file-pass.ts';

const { dist, cache } = workerData as { dist: string; cache: PassCache | null };
serveWorker((path: string) => passFile(dist, path, cache));
