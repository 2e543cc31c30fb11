import { describe, expect, test } from 'vitest';
import { toSourceLines } from '../../scripts/parse/source-line.ts';
import { toBodyLines } from '../../scripts/parse/table-lines.ts';
import { readTableHeader, readTableRow, splitCells } from '../../scripts/parse/task-table.ts';

const cellTexts = (line: string) => splitCells(line).map(([s, e]) => line.slice(s, e));

describe('cells of a table line', () => {
  test.each([
    ['1 | 控烟行动 | 建设无烟机关。 | 县卫健局 | 2024年 |', ['1', '控烟行动', '建设无烟机关。', '县卫健局', '2024年']],
    ['| 2 | 健身行动 |  | 县体育局 |', ['2', '健身行动', '', '县体育局']], // an empty cell keeps its column
    ['3\t健康环境\t开展环境整治\t县爱卫办', ['3', '健康环境', '开展环境整治', '县爱卫办']],
    ['4  健康服务  推进医共体建设, 年内完成  县卫健局', ['4', '健康服务', '推进医共体建设, 年内完成', '县卫健局']],
    ['序号 目标任务 建设内容 责任主体', ['序号', '目标任务', '建设内容', '责任主体']],
  ])('%s', (line, expected) => {
    expect(cellTexts(line)).toEqual(expected);
  });
});

describe('task table headers', () => {
  test.each([
    ['序号 目标任务 建设内容 责任主体 完成时限 牵头处室', ['seq', 'task', 'content', 'participating', 'deadline', 'lead']],
    ['| 序 号 | 重点任务 | 牵头单位 | 配合单位 | 完成时间 |', ['seq', 'task', 'lead', 'participating', 'deadline']],
    ['序号 工作内容 责任单位 备注', ['seq', 'content', 'participating', null]],
  ])('%s', (line, kinds) => {
    expect(readTableHeader(line)?.kinds).toEqual(kinds);
  });

  test.each([
    ['索引号 | 11520000/2024-00031 | 发布机构 | 岚州省卫生健康委员会 |'], // disclosure metadata, not tasks
    ['序号 目标任务 完成时限'], // no column of units
    ['序号 责任单位 完成时限'], // no column of tasks
    ['一、重点任务'],
  ])('not a task table header: %s', (line) => {
    expect(readTableHeader(line)).toBeNull();
  });
});

describe('task table rows', () => {
  const header = readTableHeader('序号 重点任务 工作措施 牵头单位 配合单位 完成时间')!;
  const row = (text: string) => {
    const [line] = toSourceLines([text]);
    const read = readTableRow(line!, header);
    return read?.cells.map((c) => (c ? text.slice(...c) : null)) ?? null;
  };
  test.each([
    ['1 健康环境 开展环境整治 县爱卫办 各乡镇人民政府 2023年12月', ['1', '健康环境', '开展环境整治', '县爱卫办', '各乡镇人民政府', '2023年12月']],
    // Spaces inside the content: the pieces between join into the widest text column.
    ['2 健康服务 推进医共体建设, 年内完成 县卫健局 县医保局 2023年11月', ['2', '健康服务', '推进医共体建设, 年内完成', '县卫健局', '县医保局', '2023年11月']],
    ['二、保障措施', null],
  ])('%s', (text, cells) => {
    expect(row(text)).toEqual(cells);
  });
});

test('each row becomes a numbered line with its units as a labeled list, quoting the row as printed', () => {
  const lines = toSourceLines([
    '一、主要任务',
    '序号 | 目标任务 | 建设内容 | 责任主体 | 完成时限 | 牵头处室 |',
    '1 | 健康知识普及 | 开展科普进基层活动。 | 各县卫健局 | 2024年12月 | 宣传处 |',
    '',
    '2 | 控烟行动 | 建设无烟机关。 | 县疾控中心 |  | 疾控科 |',
    '二、工作要求',
  ]);
  const body = toBodyLines(lines);
  expect(body.map((l) => l.raw)).toEqual([
    '一、主要任务',
    '1.健康知识普及(责任主体:各县卫健局;完成时限:2024年12月;牵头处室:宣传处)开展科普进基层活动。',
    '2.控烟行动(责任主体:县疾控中心;牵头处室:疾控科)建设无烟机关。',
    '二、工作要求',
  ]);
  // The header line stays with the line that introduces the table.
  expect(body.map((l) => l.lines.map((s) => s.n))).toEqual([[1, 2], [3], [5], [6]]);
  expect(body[1]!.lists[0]!.printed).toBe('1 | 健康知识普及 | 开展科普进基层活动。 | 各县卫健局 | 2024年12月 | 宣传处 |');
  const units = body[1]!.lists[0]!.units.map((u) => `${u.role}:${body[1]!.raw.slice(u.start, u.end)}`);
  expect(units).toEqual(['participating:各县卫健局', 'lead:宣传处']);
  expect(body[2]!.marker?.value).toBe(2);
});

describe('flattened rows that lost an empty cell', () => {
  test.each([
    // No 配合单位: the deadline still lands in its column.
    ['序号 重点任务 工作措施 牵头单位 配合单位 完成时间', '2 健康服务 推进医共体建设 县卫健局 2023年11月', ['2', '健康服务', '推进医共体建设', '县卫健局', null, '2023年11月']],
    // No 责任主体 before the deadline; the lead office after it follows the deadline.
    ['序号 目标任务 建设内容 责任主体 完成时限 牵头处室', '3 控烟行动 建设无烟机关 2024年10月 疾控处', ['3', '控烟行动', '建设无烟机关', null, '2024年10月', '疾控处']],
  ])('%s / %s', (head, text, cells) => {
    const [line] = toSourceLines([text]);
    const read = readTableRow(line!, readTableHeader(head)!);
    expect(read?.cells.map((c) => (c ? text.slice(...c) : null))).toEqual(cells);
  });
});
