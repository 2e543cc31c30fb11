import { expect, test } from 'vitest';
import { heapMbFor } from '../../scripts/bench/heap-size.ts';

test('the bench sizes each stage heap to the collection, within 2 and 20 GB', () => {
  expect(heapMbFor(50)).toBe(2048);
  expect(heapMbFor(1000)).toBe(2500);
  expect(heapMbFor(5000)).toBe(12500);
  expect(heapMbFor(100_000)).toBe(20_000);
});
