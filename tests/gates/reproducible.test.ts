import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../support/site/build-site.ts';
import { listFiles } from '../support/site/html-pages.ts';
import { buildInto, foldersUnder, type BuildFolders } from './support/build-into.ts';
import { compareFolders } from './support/compare-folders.ts';

/**
 * Two builds of the same notices, each in its own temporary folders with its own cold cache,
 * give byte-identical content/, dist/ and zip. Nothing is excluded. The folders' paths differ,
 * so a build that wrote an absolute path or a time into its output would fail here.
 */

const work = mkdtempSync(join(tmpdir(), 'healthy-reproducible-'));
const builds: BuildFolders[] = ['first', 'second'].map((name) => {
  mkdirSync(join(work, name));
  return foldersUnder(join(work, name), join(ROOT, 'seeds'));
});
const [first, second] = builds as [BuildFolders, BuildFolders];

beforeAll(async () => {
  // One after the other: the two builds must agree without sharing anything but the inputs.
  for (const build of builds) {
    const started = Date.now();
    await buildInto(build);
    console.log(`reproducible: ${build.dist} built in ${((Date.now() - started) / 1000).toFixed(1)} s; zip ${(statSync(build.zip).size / 1024).toFixed(0)} KB`);
  }
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('two builds of the same notices', () => {
  test.each(['content', 'dist'] as const)('give byte-identical %s/', (folder) => {
    expect(listFiles(first[folder]).length).toBeGreaterThan(0);
    expect(compareFolders(first[folder], second[folder])).toEqual({ onlyInFirst: [], onlyInSecond: [], differ: [] });
  });

  test('give byte-identical zips', () => {
    expect(readFileSync(first.zip).equals(readFileSync(second.zip))).toBe(true);
  });
});
