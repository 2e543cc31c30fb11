import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { SHARD_BYTES, fallbackIndexFiles } from '../../scripts/search/fallback-files.ts';
import { SEARCH_GENERATED } from '../../scripts/search/generated.ts';
import { findCandidates } from '../../src/lib/search/candidates.ts';
import type { FallbackManifest, PackedShard, TokenShard } from '../../src/lib/search/fallback-data.ts';
import { unpackRecords } from '../../src/lib/search/pack.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { foldedFields, matchesAll } from '../../src/lib/search/record.ts';
import { SEPARATOR } from '../../src/lib/search/terms.ts';
import { RECALL_PAIRS } from './recall-pairs.ts';
import { queryTerms, seedGroups, seedRecords } from './seed-records.ts';

const records = seedRecords();
const { files, manifest } = fallbackIndexFiles(seedGroups());

// Run every script as a browser would, with a registry that keeps what each hands over.
const registered = new Map<string, unknown>();
const registry = {
  manifest: (data: FallbackManifest) => registered.set('manifest', data),
  tokens: (shard: number, data: TokenShard) => registered.set(`t${shard}`, data),
  records: (shard: number, data: PackedShard) => registered.set(`r${shard}`, unpackRecords(data)),
};
for (const file of files) runInNewContext(String(file.contents), { __hpSearch: registry });
const load = async (shard: number) => registered.get(`t${shard}`) as TokenShard;
const candidates = (terms: readonly string[]) => findCandidates(terms, manifest, load);

describe('the fallback index', () => {
  test('plain scripts with the generated notice, handing over the manifest and every shard', () => {
    for (const file of files) expect(String(file.contents).startsWith(`/* ${SEARCH_GENERATED} */\n`)).toBe(true);
    expect(registered.get('manifest')).toEqual(manifest);
    // One record shard per group, in order; the manifest says where each starts.
    const shards = seedGroups().map((_, i) => registered.get(`r${i}`) as SearchRecord[]);
    expect(shards.flat()).toEqual(records);
    expect(manifest.groups).toEqual(shards.map((_, i) => shards.slice(0, i).flat().length));
  });

  test('token shards stay small, so a large site is never loaded whole', () => {
    for (const file of files.filter((f) => f.path.includes('/t-'))) expect(Buffer.byteLength(file.contents), file.path).toBeLessThan(3 * SHARD_BYTES);
    expect(manifest.tokenShards).toBeGreaterThan(1);
  });

  test.each(RECALL_PAIRS.map((pair) => [pair.query, pair.expect]))('%s: the expected record is a candidate', async (query, expected) => {
    const ids = await candidates(queryTerms(query));
    expect(ids.map((id) => records[id]!.url)).toContain(expected);
  });

  test('candidates, once verified, are exactly the records holding every term', async () => {
    for (const { query } of RECALL_PAIRS) {
      const terms = queryTerms(query);
      const found = (await candidates(terms)).filter((id) => matchesAll(records[id]!, terms));
      expect(found, query).toEqual(records.flatMap((record, id) => (matchesAll(record, terms) ? [id] : [])));
    }
  });

  test('any piece of any record finds that record', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(records.length - 1), fc.nat(), fc.integer({ min: 1, max: 6 }), async (id, start, length) => {
        const text = foldedFields(records[id]!).join('\n');
        const piece = [...text].slice(start % text.length, (start % text.length) + length).join('').split(SEPARATOR)[0]!;
        fc.pre(piece !== '');
        expect(await candidates([piece])).toContain(id);
      }),
      { numRuns: 300 },
    );
  });
});
