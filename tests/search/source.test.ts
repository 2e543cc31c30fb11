import { expect, test } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { BATCHES_PER_PAGE, batchedSource } from '../../src/lib/search/source.ts';

const record = (url: string, text: string): SearchRecord => ({
  url,
  kind: 'action',
  title: '',
  number: '',
  section: '',
  plan: '',
  text,
  units: '',
  lang: '',
  filters: { plan: ['p'], place: [], year: [], lead: [], kind: ['action'] },
});

test('only verified records are shown, ranked within their batch; the count is exact once all batches are in', async () => {
  const loads: number[] = [];
  const batch = (i: number, records: SearchRecord[]) => async () => (loads.push(i), records);
  const source = batchedSource(
    [batch(0, [record('a', '控制吸烟'), record('b', '控烟'), record('c', '控烟 控烟')]), batch(1, [record('d', '控烟')])],
    ['控烟'],
    {},
  );
  expect((await source.next(1)).map((r) => r.url)).toEqual(['c']);
  expect(loads).toEqual([0]);
  expect([source.found, source.complete, source.hasMore]).toEqual([2, false, true]);
  expect((await source.next(10)).map((r) => r.url)).toEqual(['b', 'd']);
  expect([source.found, source.complete, source.hasMore]).toEqual([3, true, false]);
});

test('filters apply to every record', async () => {
  const source = batchedSource([async () => [record('a', '控烟')]], ['控烟'], { kind: ['unit'] });
  expect(await source.next(10)).toEqual([]);
  expect(source.complete).toBe(true);
});

test(`one page reads at most ${BATCHES_PER_PAGE} batches, however few results they hold`, async () => {
  let loaded = 0;
  const empty = async () => (loaded++, [record('x', '无关')]);
  const source = batchedSource(Array.from({ length: 10 }, () => empty), ['控烟'], {});
  expect(await source.next(10)).toEqual([]);
  expect(loaded).toBe(BATCHES_PER_PAGE);
  expect(source.hasMore).toBe(true);
});
