import { readMarker, type Marker } from './numbering.ts';
import { trimmed, type SourceLine } from './source-line.ts';
import { findUnitLists, opensUnclosedList, type FoundList } from './unit-list.ts';

/** One line of the plan as the author wrote it: a role list broken across lines is joined back. */
export interface LogicalLine {
  lines: SourceLine[];
  /** Printed text, trimmed, with the pieces of a joined line concatenated. */
  raw: string;
  /** Same length as raw, for matching. */
  norm: string;
  marker: Marker | null;
  /** Unit lists found in norm, with offsets into raw/norm. */
  lists: FoundList[];
  /** The whole line is one unit list: (牵头单位:…;参与单位:…). */
  standaloneList: boolean;
}

const MAX_JOIN = 3;

/**
 * Group the non-blank body lines into logical lines. A role list whose bracket does not close
 * on its line (牵头单位:县爱卫办,⏎责任单位:…) continues on the next line.
 */
export function toLogicalLines(lines: readonly SourceLine[]): LogicalLine[] {
  const out: LogicalLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    if (first.blank) continue;
    const group = [first];
    let { raw, norm } = trimmed(first);
    while (opensUnclosedList(norm) && group.length < MAX_JOIN && i + 1 < lines.length && !lines[i + 1]!.blank) {
      const next = trimmed(lines[++i]!);
      group.push(lines[i]!);
      raw += next.raw;
      norm += next.norm;
    }
    let marker = readMarker(norm);
    // News-style summaries print an item's number alone on the line above its heading: 1 ⏎ 加强…
    const bare = /^\d{1,2}$/.exec(norm);
    const next = lines.slice(i + 1).find((l) => !l.blank);
    if (bare && next && readMarker(next.norm) === null && trimmed(next).norm.length <= 40 && !/[。;]/.test(next.norm)) {
      while (lines[i + 1] !== next) i++;
      group.push(lines[++i]!);
      const head = trimmed(next);
      marker = { style: 'arabic-dot', value: Number(bare[0]), printed: raw, length: raw.length, typo: 'number printed alone above its heading' };
      raw += head.raw;
      norm += head.norm;
    }
    const lists = findUnitLists(norm);
    const standaloneList = marker === null && lists.length === 1 && lists[0]!.start === 0 && lists[0]!.end === norm.length;
    out.push({ lines: group, raw, norm, marker, lists, standaloneList });
  }
  return out;
}
