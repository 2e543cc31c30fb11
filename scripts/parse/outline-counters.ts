import type { NumberStyle } from '../../src/model/index.ts';
import { STYLE_RANK } from './numbering.ts';

/**
 * The numbering state of text read so far: the last number of each open level, and the last
 * number of each closed deeper level. Plans often number their items on across sections
 * ((一)… 1. 2. (二)… 3. 4.), so a closed level may go on where it stopped as well as start at 1.
 */
export class OutlineCounters {
  private readonly open = new Map<NumberStyle, number>();
  private readonly closed = new Map<NumberStyle, number>();

  /** A copy to try a line's numbers on before keeping them. */
  clone(): OutlineCounters {
    const copy = new OutlineCounters();
    for (const [k, v] of this.open) copy.open.set(k, v);
    for (const [k, v] of this.closed) copy.closed.set(k, v);
    return copy;
  }

  /** Take the state of a copy that was kept. */
  adopt(other: OutlineCounters): void {
    for (const [mine, theirs] of [[this.open, other.open], [this.closed, other.closed]] as const) {
      mine.clear();
      for (const [k, v] of theirs) mine.set(k, v);
    }
  }

  /** A part (第二部分) opens a new outline: every level starts again. */
  restart(): void {
    this.open.clear();
    this.closed.clear();
  }

  /**
   * Whether a number continues the outline (the next of its open level, the first of a deeper
   * level, or the next of a closed deeper level that runs on); if so, it is taken.
   * @example after 一、 (一) 1. 2. (二): 3. continues, and so does 1.; 5. does not
   */
  take(style: NumberStyle, value: number): boolean {
    const prev = this.open.get(style);
    const deepest = Math.max(-1, ...[...this.open.keys()].map((s) => STYLE_RANK[s]));
    const deeper = prev === undefined && STYLE_RANK[style] > deepest;
    const next = value === (prev ?? 0) + 1 || (deeper && (value === 1 || value === (this.closed.get(style) ?? -1) + 1));
    if (!next) return false;
    this.open.set(style, value);
    this.closed.delete(style);
    for (const s of [...this.open.keys()]) {
      if (STYLE_RANK[s] <= STYLE_RANK[style]) continue;
      this.closed.set(s, this.open.get(s)!);
      this.open.delete(s);
    }
    return true;
  }
}
