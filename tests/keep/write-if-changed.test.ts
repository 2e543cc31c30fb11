import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeIfChanged } from '../../scripts/keep/write-if-changed.ts';
import { lastBuildFiles } from '../support/last-build-files.ts';

const work = mkdtempSync(join(tmpdir(), 'write-if-changed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const folder = (sub: string, files: Record<string, string>): string => lastBuildFiles(join(work, sub), files);

const CSV = '\uFEFFplan,unit\r\nqinghe-2021,青禾区卫生健康局\r\n';

describe('writeIfChanged', () => {
  test('leaves a file holding the same bytes untouched (its time too), and rewrites one that differs', async () => {
    const root = folder('same', { 'data/qinghe-2021/units.csv': CSV });
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
