import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { InsightSchema } from '../../src/model/insight.ts';
import { readNotice } from '../../scripts/ingest/read-notice.ts';
import { buildInsight } from '../../scripts/insight/index.ts';
import { SEEDS_DIR, seedFiles, seedPlan } from '../support/seeds.ts';

test.each(seedFiles)('%s: the insight is in the model’s shape and the same on a second build', (file) => {
  const first = buildInsight(seedPlan(file.slice(0, 3)));
  InsightSchema.parse(first);
  // A fresh parse, not the cached plan: nothing may depend on state left by the first build.
  const outcome = readNotice(file, readFileSync(join(SEEDS_DIR, file)));
  if (!outcome.ok) throw new Error(outcome.error);
  expect(JSON.stringify(buildInsight(outcome.plan))).toBe(JSON.stringify(first));
});

test('buildInsight does not change the plan', () => {
  const plan = seedPlan('001');
  const before = JSON.stringify(plan);
  buildInsight(plan);
  expect(JSON.stringify(plan)).toBe(before);
});

test('a 10 MB notice (5,000+ actions) gets its insight in linear time', () => {
  // The body of seed 002 repeated, as in tests/robustness.test.ts.
  const seed = readFileSync(join(SEEDS_DIR, '002_0ee15503b2a16a0b.txt'), 'utf8').split('\n');
  const [head, body, tail] = [seed.slice(0, 27), seed.slice(27, 76), seed.slice(76)];
  const lines = [...head];
  let n = 0;
  while (lines.reduce((s, l) => s + l.length, 0) < 3_400_000) {
    for (const l of body) lines.push(l.replace(/^(\s*)\d+\./, (_m, sp: string) => `${sp}${++n}.`));
  }
  lines.push(...tail);
  const outcome = readNotice('big.txt', Buffer.from(lines.join('\n')));
  if (!outcome.ok) throw new Error(outcome.error);
  const started = performance.now();
  const insight = buildInsight(outcome.plan);
  // About 1 s here; matching every unit list against every action took 7 s.
  expect(performance.now() - started).toBeLessThan(4_000);
  expect(insight.themes).toHaveLength(outcome.plan.actions.length);
});
