/** A worker thread of the post-build pass (scripts/postbuild.ts): passes the files it is sent. */
import { workerData } from 'node:worker_threads';
import { passFile } from './file-pass.ts';
import { PreviousZip } from './previous-zip.ts';

const { dist, keptZip, folder } = workerData as { dist: string; keptZip: string; folder: string };
// Each thread reads the last build's zip itself, so the reused entries are read on every core.
const previous = PreviousZip.open(keptZip, folder);

/** Pass one file of dist/ (its path relative to dist). */
export default async function passPath(path: string) {
  return passFile(dist, path, await previous);
}
