import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { removeUnwritten } from '../../scripts/open-data/remove-unwritten.ts';
import { isOpenDataFile } from '../../scripts/open-data/open-data-paths.ts';
import { lastBuildFiles } from '../support/last-build-files.ts';

const work = mkdtempSync(join(tmpdir(), 'remove-unwritten-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const dist = (sub: string, files: Record<string, string>): string => lastBuildFiles(join(work, sub), files);

const CSV = '\uFEFFplan,unit\r\nqinghe-2021,青禾区卫生健康局\r\n';

test('removeUnwritten removes the open data no plan gave this time, with its folder, and nothing of Astro’s', async () => {
  const root = dist('stale', {
    'data/qinghe-2021/units.csv': CSV,
    'data/bailing-2020/units.csv': CSV,
    'data/bailing-2020/units.json': '[]\n',
    'compare/data/bailing-2020.js': '/* generated */',
    'data/places/qinghe/2021/index.html': '<p>青禾区</p>',
    'compare/index.html': '<p>比较</p>',
  });
  const removed = await removeUnwritten(root, new Set(['data/qinghe-2021/units.csv']));
  expect(removed.sort()).toEqual(['compare/data/bailing-2020.js', 'data/bailing-2020/units.csv', 'data/bailing-2020/units.json']);
  expect(existsSync(join(root, 'data/bailing-2020'))).toBe(false);
  for (const kept of ['data/qinghe-2021/units.csv', 'data/places/qinghe/2021/index.html', 'compare/index.html']) expect(existsSync(join(root, kept)), kept).toBe(true);
});

test.each([
  ['data/all/actions.json', true],
  ['data/qinghe-2021/citations.csv', true],
  ['compare/data/qinghe-2021.js', true],
  ['compare/compare.js', true],
  ['data/index.html', false],
  ['data/places/qinghe/2021/index.html', false],
  ['data/qinghe-2021/notes.csv', false],
  ['search/fallback/manifest.js', false],
])('isOpenDataFile(%s) is %s', (path, expected) => {
  expect(isOpenDataFile(path)).toBe(expected);
});
