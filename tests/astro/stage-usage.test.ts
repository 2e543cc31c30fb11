import { expect, test } from 'vitest';
import { figuresLine, GNU_TIME_FORMAT, readFiguresLines, splitUsage } from '../../scripts/astro/stage-usage.ts';

/** The line GNU time prints for the format, with its fields filled in. */
const timeLine = (user: string, system: string, kb: string) => GNU_TIME_FORMAT.replace('%U', user).replace('%S', system).replace('%M', kb);

test.each([
  ['GNU time’s line is taken out of what the stage printed: CPU is user + system, peak KB in MB', `open-data: 84 files\n${timeLine('2.00', '0.50', '204800')}\n`, 'open-data: 84 files\n', { cpuSeconds: 2.5, peakRssMb: 200 }],
  ['without GNU time there is none', 'open-data: 84 files\n', 'open-data: 84 files\n', null],
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
