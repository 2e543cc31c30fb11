import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from '../../support/site/build-site.ts';

/**
 * A lock that one astro build of this checkout holds at a time, across test processes. Astro
 * writes state for the build in progress into the project's .astro/ whatever its outDir and
 * cacheDir (content-modules.mjs names the content's MDX files; .prerender/ holds the render
 * chunks when outDir is outside the project), so two builds at once would read each other's.
 */
const LOCK = join(ROOT, 'node_modules', '.cache', 'site-tests', 'astro-build.lock');
// A holder that has not finished in this long has died without removing the lock.
const STALE_MS = 10 * 60_000;

function isStale(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    if (pid > 0) process.kill(pid, 0); // throws when no such process runs
    return Date.now() - statSync(LOCK).mtimeMs > STALE_MS;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Run `work` holding the build lock, waiting for another holder to finish first. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(LOCK), { recursive: true });
  const deadline = Date.now() + STALE_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isStale()) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited 10 minutes for ${LOCK}; remove it if no build is running`);
      else await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
