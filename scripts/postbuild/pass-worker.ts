/** A worker thread of the post-build pass (scripts/postbuild.ts): passes the files it is sent. */
import { workerData } from 'node:worker_threads';
import { passFile } from './file-pass.ts';

const { dist } = workerData as { dist: string };

/** Pass one file of dist/ (its path relative to dist). */
export default function passPath(path: string) {
  return passFile(dist, path);
}
