import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { removeUnwritten, writeIfChanged } from '../../scripts/open-data/keep-unchanged.ts';
import { isOpenDataFile } from '../../scripts/open-data/open-data-paths.ts';

const work = mkdtempSync(join(tmpdir(), 'keep-unchanged-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A dist/ holding `files` (path → text), each stamped an hour ago. */
function dist(name: string, files: Record<string, string>): string {
  const root = join(work, name);
  const past = new Date(Date.now() - 3_600_000);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    utimesSync(join(root, path), past, past);
  }
  return root;
}

const CSV = '\uFEFFplan,unit\r\nqinghe-2021,青禾区卫生健康局\r\n';

describe('writeIfChanged', () => {
  test('leaves a file holding the same bytes untouched (its time too), and rewrites one that differs', async () => {
    const root = dist('same', { 'data/qinghe-2021/units.csv': CSV });
    const target = join(root, 'data/qinghe-2021/units.csv');
    const before = statSync(target).mtimeMs;
    expect(await writeIfChanged(target, CSV)).toBe(false);
    expect(statSync(target).mtimeMs).toBe(before);
    const edited = CSV.replace('卫生健康局', '教育局');
    expect(await writeIfChanged(target, edited)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(edited);
  });

  test('writes a new file, making its folder', async () => {
    const target = join(work, 'new', 'data', 'bailing-2020', 'units.json');
    expect(await writeIfChanged(target, '[]\n')).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('[]\n');
  });
});

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
