import { expect, test } from 'vitest';
import { matchesAll } from '../../src/lib/search/record.ts';
import { RECALL_PAIRS } from './recall-pairs.ts';
import { queryTerms, seedRecords, toHans } from './seed-records.ts';

test('at least 40 pairs, Traditional and Simplified, words and figures', () => {
  expect(RECALL_PAIRS.length).toBeGreaterThanOrEqual(40);
  const traditional = RECALL_PAIRS.filter((pair) => toHans(pair.query) !== pair.query);
  expect(traditional.length).toBeGreaterThanOrEqual(10);
  expect(traditional.some((pair) => !pair.expect.includes('lishui'))).toBe(true);
  expect(RECALL_PAIRS.some((pair) => pair.expect.includes('lishui') && toHans(pair.query) === pair.query)).toBe(true);
  expect(RECALL_PAIRS.some((pair) => /\d%/.test(pair.query))).toBe(true);
  expect(RECALL_PAIRS.some((pair) => [...pair.query].length === 2)).toBe(true);
});

test.each(RECALL_PAIRS.map((pair) => [pair.query, pair.expect]))('%s → %s: the expected record exists and holds every term', (query, expected) => {
  const record = seedRecords().find((r) => r.url === expected);
  expect(record, `no record ${expected}`).toBeDefined();
  expect(matchesAll(record!, queryTerms(query))).toBe(true);
});
