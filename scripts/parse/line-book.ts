import type { DropReason, LineRecord, LineRole } from '../../src/model/index.ts';
import type { SourceLine } from './source-line.ts';

/** The ledger of what became of every source line: kept with a role, or dropped with a reason. */
export class LineBook {
  private readonly records: Array<LineRecord | null>;
  private readonly lines: readonly SourceLine[];
  private readonly cuts = new Map<number, Array<{ text: string; reason: DropReason }>>();

  constructor(lines: readonly SourceLine[]) {
    this.lines = lines;
    this.records = lines.map(() => null);
  }

  /** Record a line as part of the document. */
  keep(line: SourceLine, role: LineRole): void {
    this.records[line.n - 1] = { line: line.n, role, dropped: null, text: line.raw };
  }

  /** Record a line as not part of the document, with the reason. */
  drop(line: SourceLine, reason: DropReason): void {
    this.records[line.n - 1] = { line: line.n, role: null, dropped: reason, text: line.raw };
  }

  /** Keep a line with a role, or drop it as blank. */
  keepOrBlank(line: SourceLine, role: LineRole): void {
    if (line.blank) this.drop(line, 'blank');
    else this.keep(line, role);
  }

  /** Record a piece of a kept line as page furniture, dropped with its reason. */
  cut(line: SourceLine, text: string, reason: DropReason): void {
    if (text.trim() === '') return;
    const list = this.cuts.get(line.n) ?? [];
    list.push({ text, reason });
    this.cuts.set(line.n, list);
  }

  /** Every line's record; throws if a stage forgot one, since nothing may disappear silently. */
  finish(): LineRecord[] {
    return this.records.map((r, i) => {
      if (!r) throw new Error(`internal: line ${this.lines[i]!.n} was never accounted for`);
      const cuts = r.role === null ? undefined : this.cuts.get(r.line);
      return cuts ? { ...r, cuts } : r;
    });
  }
}
