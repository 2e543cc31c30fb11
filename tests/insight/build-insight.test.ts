import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { InsightSchema } from '../../src/model/insight.ts';
import { readNotice } from '../../scripts/ingest/read-notice.ts';
import { buildInsight } from '../../scripts/insight/index.ts';
import type { Plan } from '../../src/model/index.ts';
import { bigNoticeLines } from '../support/big-notice.ts';
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

/** The plan of a notice of about `chars` characters. */
function bigPlan(chars: number): Plan {
  const outcome = readNotice('big.txt', Buffer.from(bigNoticeLines(chars).join('\n')));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

/** The best of five timings of buildInsight, in ms: the least disturbed by other work on the machine. */
function bestTime(plan: Plan): number {
  const times = [0, 1, 2, 3, 4].map(() => {
    const started = performance.now();
    buildInsight(plan);
    return performance.now() - started;
  });
  return Math.min(...times);
}

test('a 10 MB notice (5,000+ actions) gets its insight in linear time: four times the notice, about four times the time', () => {
  const quarter = bigPlan(850_000);
  const whole = bigPlan(3_400_000);
  expect(whole.actions.length).toBeGreaterThan(5000);
  expect(whole.actions.length / quarter.actions.length).toBeGreaterThan(3.5);
  expect(buildInsight(whole).themes).toHaveLength(whole.actions.length);
  // Linear work grows 4 times, quadratic work (matching every unit list against every action,
  // once 7 s here against 1 s) 16 times: the bound sits between. A ratio, not seconds, and the
  // best of five runs each: a loaded machine slows both sizes alike.
  const ratio = bestTime(whole) / bestTime(quarter);
  expect(ratio, 'time at 10 MB / time at 2.5 MB').toBeLessThan(8);
});
