import { expect, test } from 'vitest';
import { figuresLine, readFiguresLines, splitUsage, usageLine } from '../../scripts/astro/stage-usage.ts';

test('a child’s usage line: CPU seconds from user and system µs, peak MB from maxRSS KB', () => {
  expect(usageLine({ userCPUTime: 2_000_000, systemCPUTime: 500_000, maxRSS: 204_800 })).toBe('__healthy_usage {"cpuSeconds":2.5,"peakRssMb":200}');
});

test.each([
  ['the usage line is taken out of what the stage printed', 'open-data: 84 files\n__healthy_usage {"cpuSeconds":1,"peakRssMb":99}\n', 'open-data: 84 files\n', { cpuSeconds: 1, peakRssMb: 99 }],
  ['a stage that died before exiting cleanly gave none', 'Error: out of memory\n', 'Error: out of memory\n', null],
  ['only a line that starts with the mark counts', 'echo __healthy_usage {}\n', 'echo __healthy_usage {}\n', null],
])('splitUsage: %s', (_what, output, kept, usage) => {
  expect(splitUsage(output)).toEqual({ output: kept, usage });
});

test('the bench reads each stage’s figures back from Astro’s coloured, timestamped log, in order', () => {
  const log = [
    '\u001b[2m23:01:02\u001b[22m \u001b[34m[healthy:keep-built-pages]\u001b[39m ' + figuresLine({ stage: 'open data', seconds: 9, cpuSeconds: 7.5, peakRssMb: 412 }),
    '  ├─ /plans/qinghe-2021/index.html (+8ms)',
    '23:01:03 [healthy:keep-built-pages] ' + figuresLine({ stage: 'search index', seconds: 16.6, cpuSeconds: 20.1, peakRssMb: 1440 }),
  ].join('\n');
  expect(readFiguresLines(log)).toEqual([
    { stage: 'open data', seconds: 9, cpuSeconds: 7.5, peakRssMb: 412 },
    { stage: 'search index', seconds: 16.6, cpuSeconds: 20.1, peakRssMb: 1440 },
  ]);
});
