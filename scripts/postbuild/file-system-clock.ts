import { rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How a probe's name starts: one a run that died left behind is never zipped (postbuild.ts). */
export const CLOCK_PROBE = '.postbuild-clock-';

/**
 * The time (ns) the file system in `dir` gives a file written now: the mtime of a probe file made
 * and removed there. Taken from the file system itself, not from Date.now(), since the kernel
 * stamps files with a coarser clock (and a network file system with the server's), at the file
 * system's own granularity (ns here, 2 s on FAT): a file stamped earlier than this is strictly
 * older than anything written from now on.
 */
export async function fileSystemClock(dir: string): Promise<bigint> {
  const probe = join(dir, `${CLOCK_PROBE}${process.pid}`);
  await writeFile(probe, '');
  try {
    return (await stat(probe, { bigint: true })).mtimeNs;
  } finally {
    await rm(probe, { force: true });
  }
}
