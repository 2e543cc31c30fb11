import type { TestProject } from 'vitest/node';
import { prepareSiteDist } from '../support/site/build-site.ts';

/**
 * Vitest global setup: builds the site once per run, before any test file starts, so the ingest
 * rewriting content/ never races a test that reads it. `SITE_DIST=dist` reuses a finished build.
 */
export default function setup(project: TestProject): void {
  project.provide('siteDist', prepareSiteDist());
}
