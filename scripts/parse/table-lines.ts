import { toLogicalLines, type LogicalLine } from './logical-lines.ts';
import { readMarker } from './numbering.ts';
import type { SourceLine } from './source-line.ts';
import { readTableHeader, readTableRow, type TableHeader, type TableRow } from './task-table.ts';
import { findUnitLists } from './unit-list.ts';

/** Builds a printed and a normalized text side by side, so offsets found in one slice the other. */
class TwinText {
  raw = '';
  norm = '';
  /** Add words that are the same in both (a stop, a column's header word). */
  word(text: string): void {
    this.raw += text;
    this.norm += text;
  }
  /** Add a cell of a source line as printed and as normalized. */
  cell(line: SourceLine, [s, e]: [number, number]): void {
    this.raw += line.raw.slice(s, e);
    this.norm += line.norm.slice(s, e);
  }
}

/**
 * Set a task-table row in the genre's own form for an action: its number, its task as heading,
 * its unit columns as a labeled list under their header words, then its content, e.g.
 * "1.健康知识普及(责任主体:各县卫健局;完成时限:2024年12月;牵头处室:宣传处)开展…". Every cell
 * is kept as printed; only the stop, the brackets and the header words are added.
 */
function rowToLine(row: TableRow, header: TableHeader, extra: SourceLine[]): LogicalLine | null {
  const out = new TwinText();
  const filled = (i: number) => {
    const c = row.cells[i];
    return c && c[1] > c[0] ? c : null;
  };
  const columns = (...kinds: string[]) => header.kinds.flatMap((k, i) => (k && kinds.includes(k) && filled(i) ? [i] : []));
  out.cell(row.line, filled(0)!);
  if (!out.norm.endsWith('.')) out.word('.');
  const [task, ...more] = columns('task', 'content');
  if (task === undefined) return null;
  out.cell(row.line, filled(task)!);
  const fields = columns('lead', 'participating', 'deadline');
  if (fields.length > 0) {
    out.word('(');
    fields.forEach((i, k) => {
      out.word(`${k > 0 ? ';' : ''}${header.words[i]}:`);
      out.cell(row.line, filled(i)!);
    });
    out.word(')');
  }
  for (const i of more) out.cell(row.line, filled(i)!);
  for (const i of header.kinds.flatMap((k, i) => (k === null && filled(i) ? [i] : []))) {
    out.word(` ${header.words[i]}:`);
    out.cell(row.line, filled(i)!);
  }
  // The row's units were printed in its cells: the assignment quotes the row as printed.
  const lists = findUnitLists(out.norm).map((list) => ({ ...list, printed: row.line.raw.trim() }));
  return { lines: [...extra, row.line], raw: out.raw, norm: out.norm, marker: readMarker(out.norm), lists, standaloneList: false };
}

/** The rows of a task table from its header on; blank lines between rows are passed over. */
function readRows(lines: readonly SourceLine[], from: number, header: TableHeader): { rows: TableRow[]; end: number } {
  const rows: TableRow[] = [];
  let end = from + 1;
  for (let i = from + 1; i < lines.length; i++) {
    if (lines[i]!.blank) continue;
    const row = readTableRow(lines[i]!, header);
    if (!row) break;
    rows.push(row);
    end = i + 1;
  }
  return { rows, end };
}

/**
 * Group the body's lines into logical lines, reading task tables (序号 目标任务 … 责任主体
 * 完成时限 牵头处室, as pipe tables or flattened rows) into one numbered line per row, so each
 * row becomes an action with its units.
 */
export function toBodyLines(lines: readonly SourceLine[]): LogicalLine[] {
  const out: LogicalLine[] = [];
  let plain = 0;
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!.blank ? null : readTableHeader(lines[i]!.norm.trim());
    if (!header) continue;
    const { rows, end } = readRows(lines, i, header);
    const plainLines = toLogicalLines(lines.slice(plain, i));
    // The header line is kept with the line that introduces the table, or with the first row.
    const intro = plainLines.at(-1) ?? out.at(-1);
    const read = rows.map((row, k) => rowToLine(row, header, k === 0 && !intro ? [lines[i]!] : []));
    if (rows.length === 0 || read.some((l) => l === null)) continue;
    intro?.lines.push(lines[i]!);
    out.push(...plainLines, ...(read as LogicalLine[]));
    plain = end;
    i = end - 1;
  }
  out.push(...toLogicalLines(lines.slice(plain)));
  return out;
}
