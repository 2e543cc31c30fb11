import { describe, expect, test } from 'vitest';
import { formatDuration, formatProgress } from '../scripts/progress/format-progress.ts';
import { showsProgress } from '../scripts/progress/progress.ts';

describe('formatProgress', () => {
  test.each([
    ['nothing done yet: no rate, no guess', { done: 0, total: 5000, elapsedMs: 3000 }, 'ingest: 0 / 5,000 notices (0%)'],
    ['too early to trust a rate', { done: 40, total: 5000, elapsedMs: 200 }, 'ingest: 40 / 5,000 notices (0%)'],
    ['a quarter done', { done: 1200, total: 5000, elapsedMs: 15_000 }, 'ingest: 1,200 / 5,000 notices (24%) · 80/s · 48 s left'],
    ['slow: a decimal rate, minutes left', { done: 3, total: 100, elapsedMs: 2000 }, 'ingest: 3 / 100 notices (3%) · 1.5/s · 1 min 05 s left'],
    ['all done', { done: 5000, total: 5000, elapsedMs: 60_000 }, 'ingest: 5,000 / 5,000 notices (100%) · 83/s · done'],
    ['an empty collection', { done: 0, total: 0, elapsedMs: 10 }, 'ingest: 0 / 0 notices (100%)'],
  ])('%s', (_name, state, line) => {
    expect(formatProgress({ label: 'ingest', unit: 'notices', ...state })).toBe(line);
  });

  test('names the phase when there is one', () => {
    expect(formatProgress({ label: 'ingest', doing: 'writing', done: 10, total: 20, unit: 'plans', elapsedMs: 1000 })).toBe('ingest (writing): 10 / 20 plans (50%) · 10/s · 1 s left');
  });
});

test.each([
  [0, '0 s'],
  [59_400, '59 s'],
  [185_000, '3 min 05 s'],
  [3_725_000, '1 h 02 min'],
])('formatDuration(%d) is %s', (ms, text) => {
  expect(formatDuration(ms)).toBe(text);
});

test.each([
  ['a terminal', true, {}, false, true],
  ['a terminal with --quiet', true, {}, true, false],
  ['a terminal in CI', true, { CI: 'true' }, false, false],
  ['a terminal with CI=false', true, { CI: 'false' }, false, true],
  ['a pipe or a file', false, {}, false, false],
])('progress on %s: %s', (_name, isTTY, env, quiet, shown) => {
  expect(showsProgress(quiet, { isTTY }, env)).toBe(shown);
});
