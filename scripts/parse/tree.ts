import type { DiagnosticSink } from './diagnostics.ts';
import { newDraft, type DraftClause, type DraftList } from './draft.ts';
import { headingSuffix, mayBeLostHeading, splitHeading } from './heading.ts';
import type { LogicalLine } from './logical-lines.ts';
import { formatLabel, STYLE_RANK } from './numbering.ts';
import type { NumberStyle } from '../../src/model/index.ts';

const STYLE_BY_RANK: NumberStyle[] = ['cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled'];

/** Endings of headings printed alone on their line at each rank, to recognise a sibling whose number was lost. */
function printedHeadingsByRank(lines: readonly LogicalLine[]): string[][] {
  const byRank: string[][] = [[], [], [], [], []];
  for (const l of lines) {
    if (!l.marker) continue;
    const rest = l.norm.slice(l.marker.length);
    const split = splitHeading(rest, l.lists, l.marker.length);
    if (split.heading && split.textStart === rest.length) byRank[STYLE_RANK[l.marker.style]]!.push(headingSuffix(split.heading));
  }
  return byRank;
}

/** The rank whose printed headings share this heading's ending, when one clearly does. */
function rankBySuffix(norm: string, byRank: string[][]): number | null {
  const suffix = headingSuffix(norm);
  const counts = byRank.map((suffixes) => suffixes.filter((s) => s === suffix).length);
  const best = Math.max(...counts);
  if (best < 2 || counts.filter((c) => c === best).length > 1) return null;
  return counts.indexOf(best);
}

class TreeBuilder {
  readonly roots: DraftClause[] = [];
  private stack: DraftClause[] = [];
  /** The last clause seen with each numbering style, for numbering that runs on across groups. */
  private lastOfStyle = new Map<NumberStyle, DraftClause>();
  /** A clause whose unit list closed it: the next paragraph belongs to its parent. */
  private closed: DraftClause | null = null;
  private readonly sink: DiagnosticSink;

  constructor(sink: DiagnosticSink) {
    this.sink = sink;
  }

  private top(): DraftClause | null {
    return this.stack.at(-1) ?? null;
  }

  /** The last numbered child of a clause printed in a style (scanning back from the end). */
  private lastChildOfStyle(parent: DraftClause | null, style: NumberStyle): DraftClause | undefined {
    const children = this.childrenOf(parent);
    for (let i = children.length - 1; i >= 0; i--) if (children[i]!.rank !== null && children[i]!.style === style) return children[i];
    return undefined;
  }

  private childrenOf(parent: DraftClause | null): DraftClause[] {
    return parent ? parent.children : this.roots;
  }

  private attach(node: DraftClause, parent: DraftClause | null): void {
    node.parent = parent;
    this.childrenOf(parent).push(node);
    for (let p = parent; p; p = p.parent) p.end = Math.max(p.end, node.end);
  }

  /** Open a numbered clause at a rank, checking its number against its siblings. */
  openNumbered(node: DraftClause, line: number, printedValue: number | null): void {
    const rank = node.rank!;
    while (this.stack.length > 0 && this.top()!.rank! >= rank) this.stack.pop();
    const parent = this.top();
    const prev = this.lastChildOfStyle(parent, node.style!);
    const expected = prev ? prev.value + 1 : 1;
    const runOn = !prev ? (this.lastOfStyle.get(node.style!)?.value ?? 0) + 1 : expected;

    if (printedValue === null) {
      node.value = expected;
      node.inferred = true;
      this.sink.report('inferred-number', 'info', line, `heading without a number read as ${formatLabel(node.style!, expected)}`);
    } else if (printedValue === expected || printedValue === runOn) {
      node.value = printedValue;
    } else if (printedValue === expected + 1 && prev && this.promoteLostItem(prev, expected)) {
      node.value = printedValue;
    } else if (printedValue > expected) {
      node.value = printedValue;
      this.sink.report('numbering-gap', 'warning', line, `${node.printed} follows ${prev ? formatLabel(prev.style!, prev.value) : 'nothing'}: ${formatLabel(node.style!, expected)} is missing`);
    } else {
      node.value = expected;
      node.inferred = true;
      this.sink.report('numbering-conflict', 'warning', line, `${node.printed} repeats an earlier number; read as ${formatLabel(node.style!, expected)}`);
    }
    this.attach(node, parent);
    this.stack.push(node);
    this.lastOfStyle.set(node.style!, node);
    this.closed = null;
  }

  /** A numbered item whose number was lost reads as a paragraph of its previous sibling. */
  private promoteLostItem(prev: DraftClause, value: number): boolean {
    const last = prev.children.at(-1);
    if (!last || last.rank !== null) return false;
    prev.children.pop();
    const parent = prev.parent;
    const node = newDraft({ ...last, rank: prev.rank, kind: prev.kind, style: prev.style, value, inferred: true, parent });
    for (const l of node.lists) l.node = node;
    this.childrenOf(parent).push(node);
    this.sink.report('inferred-number', 'info', last.start, `paragraph between ${formatLabel(prev.style!, prev.value)} and ${formatLabel(prev.style!, value + 1)} read as the lost ${formatLabel(prev.style!, value)}`);
    return true;
  }

  /** Add an unnumbered paragraph to the clause it continues. */
  addParagraph(node: DraftClause): void {
    if (this.closed) {
      const target = this.closed.parent;
      while (this.stack.length > 0 && this.top() !== target) this.stack.pop();
      this.closed = null;
    }
    this.attach(node, this.top());
  }

  /** The clause a unit list on the current line belongs to. */
  holder(): DraftClause | null {
    return this.top();
  }

  /** Mark the clause closed by a unit list that ends it. */
  close(node: DraftClause): void {
    this.closed = node;
  }
}

function listsOf(line: LogicalLine, node: DraftClause, from: number, standalone: boolean): DraftList[] {
  let prevEnd = from;
  return line.lists
    .filter((l) => l.start >= from)
    .map((list) => {
      const covers = line.raw.slice(prevEnd, list.start).trim();
      prevEnd = list.end;
      return {
        list, raw: line.raw, norm: line.norm, line: line.lines[0]!.n, standalone,
        trailing: line.norm.slice(list.end).trim() === '', covers, node,
      };
    });
}

/**
 * Build the clause tree of a plan body from its logical lines. Numbering decides nesting
 * (一、 > (一) > 1. > (1)); a short unpunctuated line whose number was lost becomes a heading
 * at the rank its neighbours and printed siblings point to.
 */
export function buildTree(lines: readonly LogicalLine[], sink: DiagnosticSink): DraftClause[] {
  const builder = new TreeBuilder(sink);
  const headingsByRank = printedHeadingsByRank(lines);
  let prevWasList = false;

  const lostHeadingRank = (i: number): number | null => {
    const line = lines[i]!;
    if (line.marker || !mayBeLostHeading(line.norm, line.lists)) return null;
    const next = lines[i + 1];
    const nextRank = next?.marker ? STYLE_RANK[next.marker.style] : next && mayBeLostHeading(next.norm, next.lists) && !next.marker ? lostHeadingRank(i + 1) : null;
    const bySuffix = rankBySuffix(line.norm, headingsByRank);
    if (bySuffix !== null && (nextRank === null || bySuffix < nextRank || prevWasList)) return bySuffix;
    if (nextRank !== null && nextRank > 0) return nextRank - 1;
    if (prevWasList) {
      const closedRank = builder.holder()?.rank;
      return closedRank ?? null;
    }
    return null;
  };

  lines.forEach((line, i) => {
    const start = line.lines[0]!.n;
    const end = line.lines.at(-1)!.n;
    const holder = builder.holder();
    if (line.standaloneList && holder) {
      holder.lists.push(...listsOf(line, holder, 0, true));
      holder.end = Math.max(holder.end, end);
      builder.close(holder);
      prevWasList = true;
      return;
    }
    const lostRank = lostHeadingRank(i);
    if (line.marker || lostRank !== null) {
      const rank = line.marker ? STYLE_RANK[line.marker.style] : lostRank!;
      const offset = line.marker?.length ?? 0;
      const rest = line.norm.slice(offset);
      const split = line.marker ? splitHeading(rest, line.lists, offset) : { heading: rest, textStart: rest.length };
      const node = newDraft({
        rank, start, end,
        style: line.marker?.style ?? STYLE_BY_RANK[rank]!,
        printed: line.marker ? line.raw.slice(0, line.marker.length).trim() : null,
        heading: split.heading === null ? null : line.raw.slice(offset, offset + split.heading.length),
        text: line.raw.slice(offset + split.textStart).trim(),
      });
      if (line.marker?.typo) sink.report('numbering-typo', 'info', start, `number printed as "${node.printed}" (${line.marker.typo})`);
      // A lost numeral (、规划背景) is read as 0: inferred like a lost number.
      builder.openNumbered(node, start, line.marker?.value || null);
      node.lists.push(...listsOf(line, node, offset, false));
      const last = node.lists.at(-1);
      if (last?.trailing) builder.close(node);
      prevWasList = last?.trailing ?? false;
      return;
    }
    const paragraph = newDraft({ start, end, text: line.raw });
    builder.addParagraph(paragraph);
    const owner = paragraph.parent;
    const lists = owner ? listsOf(line, owner, 0, false) : [];
    if (owner) owner.lists.push(...lists);
    if (lists.at(-1)?.trailing && owner) builder.close(owner);
    prevWasList = lists.at(-1)?.trailing ?? false;
  });
  promoteGroupHeadings(builder.roots);
  return builder.roots;
}

/** A short one-sentence clause with numbered clauses under it is their heading: (一)全面实行健康影响因素干预。 */
function promoteGroupHeadings(nodes: readonly DraftClause[]): void {
  for (const node of nodes) {
    const hasNumbered = node.children.some((c) => c.rank !== null);
    if (node.rank !== null && node.heading === null && hasNumbered && node.text.length <= 40 && node.lists.length === 0) {
      node.heading = node.text;
      node.text = '';
    }
    promoteGroupHeadings(node.children);
  }
}
