import { expect, test } from 'vitest';
import { figuresLine, ownPeakLine } from '../../scripts/astro/stage-usage.ts';
import { peakAtOnceMb, splitAstroStage } from '../../scripts/bench/beside-rows.ts';
import type { StageFigures } from '../../scripts/bench/measure.ts';

const astro: StageFigures = { stage: 'astro build', seconds: 200, cpuSeconds: 250, peakRssMb: 2400, ok: true };
const log = [
  '  ├─ /plans/qinghe-2021/index.html (+8ms)',
  `[healthy:keep-built-pages] ${figuresLine({ stage: 'open data', seconds: 12, cpuSeconds: 10, peakRssMb: 450 })}`,
  `[healthy:keep-built-pages] ${figuresLine({ stage: 'search index', seconds: 30, cpuSeconds: 24, peakRssMb: 1440 })}`,
  `[healthy:keep-built-pages] ${ownPeakLine(2_150_400)}`,
].join('\n');

test('the stages beside the render get rows of their own; the astro row keeps its own CPU and its own process’s peak', () => {
  expect(splitAstroStage(astro, log)).toEqual([
    { stage: 'astro build', seconds: 200, cpuSeconds: 216, peakRssMb: 2100, ok: true },
    { stage: 'open data', seconds: 12, cpuSeconds: 10, peakRssMb: 450, ok: true, beside: true },
    { stage: 'search index', seconds: 30, cpuSeconds: 24, peakRssMb: 1440, ok: true, beside: true },
  ]);
});

test('a build that ended before its stages were logged keeps GNU time’s figures', () => {
  expect(splitAstroStage({ ...astro, ok: false }, '[ERROR] render failed')).toEqual([{ ...astro, ok: false }]);
});

test('peak at once: the astro build with its stages added, or a later stage if larger', () => {
  const stages = [{ stage: 'ingest', seconds: 10, cpuSeconds: 16, peakRssMb: 700, ok: true }, ...splitAstroStage(astro, log), { stage: 'relative + zip', seconds: 50, cpuSeconds: 70, peakRssMb: 500, ok: true }];
  expect(peakAtOnceMb(stages)).toBe(2100 + 450 + 1440);
  expect(peakAtOnceMb([{ ...stages[0]!, peakRssMb: 5000 }, ...stages.slice(1)])).toBe(5000);
});
