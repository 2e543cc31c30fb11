import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { SHARD_BYTES, fallbackIndexFiles } from '../../scripts/search/fallback-files.ts';
import { SEARCH_GENERATED } from '../../scripts/search/generated.ts';
import { findPostings, rankGroups } from '../../src/lib/search/candidates.ts';
import type { FallbackManifest, PackedShard, TokenShard } from '../../src/lib/search/fallback-data.ts';
import { unpackRecords } from '../../src/lib/search/pack.ts';
import type { FilterChoice, SearchRecord } from '../../src/lib/search/record.ts';
import { foldedFields, matchesAll, matchesFilters } from '../../src/lib/search/record.ts';
import { SEPARATOR } from '../../src/lib/search/terms.ts';
import { RECALL_PAIRS } from './recall-pairs.ts';
import { queryTerms, seedGroups } from './seed-records.ts';

const groups = seedGroups();
const { files, manifest } = fallbackIndexFiles(groups);

// Run every script as a browser would, with a registry that keeps what each hands over.
const registered = new Map<string, unknown>();
const registry = {
  manifest: (data: FallbackManifest) => registered.set('manifest', data),
  tokens: (shard: number, data: TokenShard) => registered.set(`t${shard}`, data),
  records: (shard: number, data: PackedShard) => registered.set(`r${shard}`, unpackRecords(data)),
};
for (const file of files) runInNewContext(String(file.contents), { __hpSearch: registry });
const load = async (shard: number) => registered.get(`t${shard}`) as TokenShard;
/** The candidate groups of a search, best first. */
const candidates = async (terms: readonly string[], filters: FilterChoice = {}) => rankGroups(await findPostings(terms, filters, manifest.tokenShards, load));
/** The groups holding a record that passes verification. */
const holding = (terms: readonly string[], filters: FilterChoice = {}) =>
  groups.flatMap((group, g) => (group.records.some((record) => matchesAll(record, terms) && matchesFilters(record, filters)) ? [g] : []));

describe('the pair index', () => {
  test('plain scripts with the generated notice, handing over the manifest and every shard', () => {
    for (const file of files) expect(String(file.contents).startsWith(`/* ${SEARCH_GENERATED} */\n`)).toBe(true);
    expect(registered.get('manifest')).toEqual(manifest);
    // One record shard per group, in order.
    expect(groups.map((_, i) => registered.get(`r${i}`) as SearchRecord[])).toEqual(groups.map((group) => group.records));
    expect(manifest.groups).toBe(groups.length);
  });

  test('token shards stay small, so a large site is never loaded whole', () => {
    for (const file of files.filter((f) => f.path.includes('/t-'))) expect(Buffer.byteLength(file.contents), file.path).toBeLessThan(3 * SHARD_BYTES);
    expect(manifest.tokenShards).toBeGreaterThan(1);
  });

  test.each(RECALL_PAIRS.map((pair) => [pair.query, pair.expect]))('%s: the expected record’s group is a candidate', async (query, expected) => {
    const group = groups.findIndex((g) => g.records.some((record) => record.url === expected));
    expect(await candidates(queryTerms(query))).toContain(group);
  });

  test('candidates hold every group with a record holding every term', async () => {
    for (const { query } of RECALL_PAIRS) {
      const terms = queryTerms(query);
      expect(await candidates(terms), query).toEqual(expect.arrayContaining(holding(terms)));
    }
  });

  test.each<[string, FilterChoice]>([
    ['健康', { kind: ['unit'] }],
    ['健康', { year: ['2018'] }],
    ['卫生', { kind: ['action'], year: ['2018'] }],
    // A typed place read as several places: the groups of either.
    ['卫生', { kind: ['action'], place: ['鄞州区', '丽水市'] }],
  ])('%s with filters %j: exactly the groups carrying the values are candidates', async (query, filters) => {
    const terms = queryTerms(query);
    const found = await candidates(terms, filters);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(expect.arrayContaining(holding(terms, filters)));
    for (const g of found) expect(groups[g]!.records.some((record) => matchesFilters(record, filters)), `group ${g}`).toBe(true);
  });

  test('a filter value nothing carries finds nothing', async () => expect(await candidates(['健康'], { place: ['无此地'] })).toEqual([]));

  test('several values of one filter find the groups of each, and no other', async () => {
    const [yinzhou, lishui, both] = await Promise.all([
      candidates(['健康'], { place: ['鄞州区'] }),
      candidates(['健康'], { place: ['丽水市'] }),
      candidates(['健康'], { place: ['鄞州区', '丽水市', '无此地'] }),
    ]);
    expect(yinzhou.length).toBeGreaterThan(0);
    expect(lishui.length).toBeGreaterThan(0);
    expect(both.toSorted()).toEqual([...yinzhou, ...lishui].toSorted());
  });

  test('any piece of any record finds that record’s group', async () => {
    const records = groups.flatMap((group, g) => group.records.map((record) => [g, record] as const));
    await fc.assert(
      fc.asyncProperty(fc.nat(records.length - 1), fc.nat(), fc.integer({ min: 1, max: 6 }), async (i, start, length) => {
        const [g, record] = records[i]!;
        const text = foldedFields(record).join('\n');
        const piece = [...text].slice(start % text.length, (start % text.length) + length).join('').split(SEPARATOR)[0]!;
        fc.pre(piece !== '');
        expect(await candidates([piece])).toContain(g);
      }),
      { numRuns: 300 },
    );
  });
});
