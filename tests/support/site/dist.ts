import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { ROOT, SITE_DIST_ENV } from './build-site.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** Absolute path of the built site the tests of this run read (see tests/site/global-setup.ts). */
    siteDist: string;
  }
}

/** The built site the current test run reads; fails with a hint when neither the global setup nor SITE_DIST gave one. */
export function siteDist(): string {
  const given = process.env[SITE_DIST_ENV];
  const dist = inject('siteDist') ?? (given ? resolve(ROOT, given) : undefined);
  if (!dist) {
    throw new Error(
      `no built site: add globalSetup: ['tests/site/global-setup.ts'] to vitest.config.ts, or set ${SITE_DIST_ENV}=dist after npm run build`,
    );
  }
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no index.html: is the site built?`);
  return dist;
}
