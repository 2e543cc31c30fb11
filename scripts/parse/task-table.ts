import type { SourceLine } from './source-line.ts';

/** What a column of a task table holds, by its header word. */
export type ColumnKind = 'seq' | 'task' | 'content' | 'lead' | 'participating' | 'deadline' | 'other';

const KIND_BY_HEADER: Array<[RegExp, ColumnKind]> = [
  [/^(序号|编号)$/, 'seq'],
  [/^(目标任务|重点任务|工作任务|主要任务|任务|任务名称|项目|项目名称|工作事项|事项|重点工作|工作目标|行动名称)$/, 'task'],
  [/^(建设内容|工作内容|具体内容|任务内容|主要内容|工作措施|主要措施|具体措施|具体任务|任务要求|工作要求|目标要求|建设目标|工作目标及措施)$/, 'content'],
  [/^(牵头单位|牵头部门|牵头处室|牵头科室|牵头责任单位|主责单位|主责部门)$/, 'lead'],
  [/^(责任单位|责任部门|责任主体|责任处室|责任科室|配合单位|配合部门|配合处室|参与单位|参与部门|协作单位|协办单位|协助单位)$/, 'participating'],
  [/^(完成时限|完成时间|时间节点|时限|完成期限|进度安排|时间安排)$/, 'deadline'],
];

/** The kind of a header cell, or null when the word is no task-table header. */
export function columnKind(header: string): ColumnKind | null {
  return KIND_BY_HEADER.find(([re]) => re.test(header))?.[1] ?? null;
}

/** A cell: its [start, end) in the line's printed text (trimmed). */
export type Cell = [number, number];

/**
 * Split a table line into cells: on "|" when the line holds two or more, else on tabs, else on
 * runs of two or more spaces when they set three or more cells apart (a space may stand inside a
 * cell), else on every space (a flattened row). Empty cells between pipes are kept so columns
 * stay in place.
 * @example splitCells('1 | 控烟 | 县卫健局 |').length // 3
 */
export function splitCells(text: string): Cell[] {
  const pipes = (text.match(/\|/g) ?? []).length;
  const wide = text.trim().split(/\t+| {2,}/).length >= 3;
  const separator = pipes >= 2 ? /\|/g : /\t/.test(text.trim()) ? /\t+/g : wide ? / {2,}/g : /\s+/g;
  const cells: Cell[] = [];
  let from = 0;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    cells.push([s, e]);
  };
  for (const m of text.matchAll(separator)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  // Pipes that open or close the row leave an empty cell outside the table.
  if (pipes >= 2) {
    if (cells[0]![0] === cells[0]![1]) cells.shift();
    if (cells.length > 0 && cells.at(-1)![0] === cells.at(-1)![1]) cells.pop();
  }
  return pipes >= 2 ? cells : cells.filter(([s, e]) => e > s);
}

/** A task table's header: the kind and printed word of each column. */
export interface TableHeader {
  kinds: Array<ColumnKind | null>;
  words: string[];
  piped: boolean;
}

/**
 * Read a line as a task table's header: 序号 first, a column of units (牵头/责任/配合…) and a
 * column of tasks or content among three or more known column words.
 * @example readTableHeader('序号 目标任务 建设内容 责任主体 完成时限 牵头处室')?.kinds.length // 6
 */
export function readTableHeader(norm: string): TableHeader | null {
  const cells = splitCells(norm);
  if (cells.length < 3) return null;
  const words = cells.map(([s, e]) => norm.slice(s, e).replace(/\s/g, ''));
  const kinds = words.map(columnKind);
  const has = (k: ColumnKind) => kinds.includes(k);
  if (kinds[0] !== 'seq' || kinds.filter((k) => k !== null).length < 3) return null;
  if (!(has('lead') || has('participating')) || !(has('task') || has('content'))) return null;
  return { kinds, words, piped: (norm.match(/\|/g) ?? []).length >= 2 };
}

/** A row of a task table: its source line and cells mapped onto the header's columns. */
export interface TableRow {
  line: SourceLine;
  /** One cell (or null) per header column. */
  cells: Array<Cell | null>;
}

/**
 * Map a row's cells onto the header's columns. A flattened row whose content held spaces has
 * more pieces than columns: the columns after the widest text column are taken from the end,
 * and the pieces between join into it.
 */
export function readTableRow(line: SourceLine, header: TableHeader): TableRow | null {
  const text = line.norm;
  const cells = splitCells(text);
  if (cells.length < 2 || !/^\d{1,3}\.?$/.test(text.slice(...cells[0]!))) return null;
  const n = header.kinds.length;
  if (cells.length < n && !header.piped) return { line, cells: mapShortRow(text, cells, header) };
  if (cells.length <= n) return { line, cells: header.kinds.map((_, i) => cells[i] ?? null) };
  if (header.piped) return null;
  const wide = Math.max(header.kinds.lastIndexOf('content'), header.kinds.lastIndexOf('task'));
  const after = n - wide - 1;
  const mapped: Array<Cell | null> = cells.slice(0, wide);
  mapped.push([cells[wide]![0], cells[cells.length - after - 1]![1]]);
  mapped.push(...cells.slice(cells.length - after));
  return { line, cells: mapped };
}

/** A deadline as printed in a table cell: 2024年12月, 年底前, 长期坚持. */
const DEADLINE = /^(\d{4}年|\d{1,2}月|\d{4}[-.]\d{1,2}|年底|年内|长期|持续|每年|[一二三四]季度)/;

/**
 * Map a flattened row that lost an empty cell: cells fill the columns from the left, except that
 * a cell printed as a deadline goes to the deadline column and the cells after it follow it.
 */
function mapShortRow(text: string, cells: Cell[], header: TableHeader): Array<Cell | null> {
  const mapped: Array<Cell | null> = header.kinds.map(() => null);
  const column = header.kinds.indexOf('deadline');
  const at = column < 0 ? -1 : cells.findIndex((c, i) => i > 0 && DEADLINE.test(text.slice(...c)));
  cells.forEach((c, i) => {
    const to = at < 0 || i < at ? i : column + (i - at);
    if (to < mapped.length) mapped[to] = c;
  });
  return mapped;
}
