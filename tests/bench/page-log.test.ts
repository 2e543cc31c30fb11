import { expect, test } from 'vitest';
import { readPageLog } from '../../scripts/bench/page-log.ts';

test('each page of the log: rendered with its time (ms or s), or reused', () => {
  const log = [
    '\u001b[32m▶\u001b[39m src/pages/actions/[place]/[year].astro',
    '23:06:04   \u001b[2m├─\u001b[22m /actions/qinghexian/2019/index.html \u001b[2m(+12ms)\u001b[22m ',
    '23:06:04   └─ /plans/qinghe-2019/index.html (+1.50s) ',
    '23:06:04   ├─ /plans/qinghe-2020/index.html (cached)',
    '23:06:04   ├─ /plans/bailing-2020/index.html (restored)',
  ].join('\n');
  expect(readPageLog(log)).toEqual([
    { path: '/actions/qinghexian/2019/index.html', reused: false, ms: 12 },
    { path: '/plans/qinghe-2019/index.html', reused: false, ms: 1500 },
    { path: '/plans/qinghe-2020/index.html', reused: true, ms: null },
    { path: '/plans/bailing-2020/index.html', reused: true, ms: null },
  ]);
});

test('two pages in flight: a path that fell inside another page’s line is still a page, rendered; its time and the next page’s are unknown (either may have printed first)', () => {
  // As build.concurrency 2 printed it: 404's path, then the next page's whole line, then 404's time alone.
  const log = [
    '23:06:04   ├─ /404.html23:06:04   ├─ /actions/provinces/anhui/index.html (+41ms) ',
    ' (+12ms) ',
    '23:06:04   ├─ /actions/provinces/fujian/index.html (cached)',
    '23:06:04   ├─ /actions/provinces/gansu/index.html (+9ms) ',
  ].join('\n');
  expect(readPageLog(log)).toEqual([
    { path: '/404.html', reused: false, ms: null },
    { path: '/actions/provinces/anhui/index.html', reused: false, ms: null },
    { path: '/actions/provinces/fujian/index.html', reused: true, ms: null },
    { path: '/actions/provinces/gansu/index.html', reused: false, ms: 9 },
  ]);
});

test('a cut line costs the time of the page after it only: the pages after that keep theirs', () => {
  const log = [
    '23:06:04   ├─ /404.html23:06:04   ├─ /actions/provinces/anhui/index.html (+41ms) ',
    ' (+12ms) ',
    '23:06:04   ├─ /actions/provinces/fujian/index.html (+7ms) ',
    '23:06:04   ├─ /actions/provinces/gansu/index.html (+9ms) ',
  ].join('\n');
  expect(readPageLog(log).map((page) => page.ms)).toEqual([null, null, 7, 9]);
});
