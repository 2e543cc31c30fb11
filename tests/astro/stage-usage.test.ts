import { expect, test } from 'vitest';
import { figuresLine, GNU_TIME_FORMAT, ownPeakLine, readFiguresLines, readOwnPeakMb, readUsage } from '../../scripts/astro/stage-usage.ts';

/** The line GNU time prints for the format, with its fields filled in. */
const timeLine = (user: string, system: string, kb: string) => GNU_TIME_FORMAT.replace('%U', user).replace('%S', system).replace('%M', kb);

test.each([
  ['CPU is user + system, the peak KB in MB', timeLine('2.00', '0.50', '204800'), { cpuSeconds: 2.5, peakRssMb: 200 }],
  ['after GNU time’s note of a failure', `Command exited with non-zero status 2\n${timeLine('0.10', '0.02', '51200')}\n`, { cpuSeconds: 0.12, peakRssMb: 50 }],
  ['a file GNU time never finished (the stage was killed) gives none', '', null],
])('readUsage: %s', (_what, text, usage) => {
  const read = readUsage(text);
  expect(read === null ? null : { cpuSeconds: Number(read.cpuSeconds.toFixed(2)), peakRssMb: read.peakRssMb }).toEqual(usage);
});

test('the astro build’s own peak, logged and read back; none when the build ended early', () => {
  expect(readOwnPeakMb(`23:01:03 [healthy:keep-built-pages] ${ownPeakLine(2_048_000)}`)).toBe(2000);
  expect(readOwnPeakMb('23:01:03 [build] Complete!')).toBeNull();
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
