import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Environment variable naming an already built site folder (e.g. `SITE_DIST=dist`): the site tests
 * then use it as it is and nothing is built. Unset, the global setup runs `npm run build` once.
 */
export const SITE_DIST_ENV = 'SITE_DIST';

/** Where the global setup writes the output of `npm run build`. */
export const BUILD_LOG = join(ROOT, 'node_modules', '.cache', 'site-tests', 'build.log');

/** Run the real `npm run build` (ingest, then astro build) into dist/; throws with the log's tail on failure. */
export function buildSite(): string {
  mkdirSync(join(BUILD_LOG, '..'), { recursive: true });
  const log = openSync(BUILD_LOG, 'w');
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', log, log] });
  closeSync(log);
  if (result.status !== 0) {
    const tail = readFileSync(BUILD_LOG, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`npm run build failed (exit ${result.status ?? result.signal}); log: ${BUILD_LOG}\n${tail}`);
  }
  console.log(`site built in ${Math.round((Date.now() - started) / 1000)} s (log: ${BUILD_LOG})`);
  return join(ROOT, 'dist');
}

/** The site folder named by SITE_DIST, or a fresh build when it is unset: called once per run by the global setup. */
export function prepareSiteDist(): string {
  const given = process.env[SITE_DIST_ENV];
  return given ? resolve(ROOT, given) : buildSite();
}
