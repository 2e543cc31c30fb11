import type { DropReason, LineRecord, LineRole } from '../../src/model/index.ts';
import type { SourceLine } from './source-line.ts';

type Fate = { role: LineRole; dropped: null } | { role: null; dropped: DropReason };

/**
 * The ledger of what became of every source line: kept with a role, or dropped with a reason.
 * A line split into pieces (a flattened document) is kept when any piece is, with the role of
 * its first kept piece; its dropped pieces are recorded as cuts with their reasons.
 */
export class LineBook {
  private readonly fates: Array<Map<SourceLine, Fate>>;
  private readonly lines: readonly SourceLine[];
  private readonly cuts = new Map<number, Array<{ text: string; reason: DropReason }>>();

  /** `lines` are the notice's physical lines; pieces of them are recorded under their line number. */
  constructor(lines: readonly SourceLine[]) {
    this.lines = lines;
    this.fates = lines.map(() => new Map());
  }

  /** Record a line as part of the document. */
  keep(line: SourceLine, role: LineRole): void {
    this.fates[line.n - 1]!.set(line, { role, dropped: null });
  }

  /** Record a line as not part of the document, with the reason. */
  drop(line: SourceLine, reason: DropReason): void {
    this.fates[line.n - 1]!.set(line, { role: null, dropped: reason });
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
    return this.fates.map((fates, i) => {
      const { n, raw } = this.lines[i]!;
      if (fates.size === 0) throw new Error(`internal: line ${n} was never accounted for`);
      const pieces = [...fates].sort((a, b) => (a[0].col ?? 0) - (b[0].col ?? 0));
      const kept = pieces.find(([, f]) => f.role !== null);
      const cuts = [...(this.cuts.get(n) ?? [])];
      if (!kept) return { line: n, role: null, dropped: pieces[0]![1].dropped, text: raw };
      for (const [piece, fate] of pieces) if (fate.dropped !== null) cuts.push({ text: piece.raw, reason: fate.dropped });
      const record: LineRecord = { line: n, role: kept[1].role, dropped: null, text: raw };
      return cuts.length > 0 ? { ...record, cuts } : record;
    });
  }
}
