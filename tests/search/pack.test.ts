import { expect, test } from 'vitest';
import { packRecords, unpackRecords } from '../../src/lib/search/pack.ts';
import { seedGroups } from './seed-records.ts';

test('every record shard of the seeds packs and unpacks to itself, in about half the bytes', () => {
  for (const group of seedGroups()) {
    const packed = packRecords(group.records);
    expect(unpackRecords(JSON.parse(JSON.stringify(packed)))).toEqual(group.records);
    expect(JSON.stringify(packed).length, group.key).toBeLessThan(0.7 * JSON.stringify(group.records).length);
  }
});

test('a packed record keeps only what changed', () => {
  const [plan, clause] = seedGroups()[0]!.records;
  const [, second] = packRecords([plan!, clause!]);
  expect(second).not.toHaveProperty('fp');
  expect(second!['u']).toEqual([plan!.url.length, clause!.url.slice(plan!.url.length)]);
});
