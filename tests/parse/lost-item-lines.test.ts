import { expect, test } from 'vitest';
import { readNotice } from '../../scripts/ingest/read-notice.ts';
import type { Clause } from '../../src/model/index.ts';

// An item whose number was lost (between 2. and 4.) is read as the lost 3.; the item before it
// must not keep the lost item's lines in its range (invented notice).
test.each([
  ['without blank lines', ['健康青山建设工作要点', '一、重点任务', '1.推进健康知识普及。', '2.完善慢病防控机制。', '做好疟疾防控工作。', '4.加强重点人群服务。'], [[3, 3], [4, 4], [5, 5], [6, 6]]],
  ['with blank lines', ['健康青山建设工作要点', '一、重点任务', '1.推进健康知识普及。', '', '2.完善慢病防控机制。', '', '做好疟疾防控工作。', '', '4.加强重点人群服务。'], [[3, 3], [5, 5], [7, 7], [9, 9]]],
])('%s: each item spans its own lines', (_, lines, ranges) => {
  const outcome = readNotice('lost.txt', Buffer.from(lines.join('\n')));
  if (!outcome.ok) throw new Error(outcome.error);
  const items: Clause[] = outcome.plan.clauses.find((c) => c.number)!.children;
  expect(items.map((c) => c.number?.value)).toEqual([1, 2, 3, 4]);
  expect(items.map((c) => [c.lines.start, c.lines.end])).toEqual(ranges);
});
