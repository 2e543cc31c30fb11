import type { Assignment, Clause } from '../../src/model/index.ts';
import { walkDrafts, type DraftClause } from './draft.ts';
import { subtreeText } from './lift-lists.ts';
import { formatLabel } from './numbering.ts';
import type { ResolvedUnits } from './units.ts';

/** The canonical citation label of a numbered draft clause ("一、", "(二)", "3."). */
export function labelOf(node: DraftClause): string {
  return formatLabel(node.style!, node.value);
}

/** Turn a finished draft clause into the model's Clause. */
export function toClause(node: DraftClause): Clause {
  const children = node.children.map(toClause);
  return {
    id: node.id,
    kind: node.kind,
    number:
      node.rank === null
        ? null
        : { printed: node.printed, value: node.value, inferred: node.inferred, style: node.style!, label: labelOf(node) },
    heading: node.heading,
    text: node.text,
    lines: { start: node.start, end: Math.max(node.end, ...children.map((c) => c.lines.end)) },
    children,
  };
}

/** Every unit list of the tree as a model Assignment, in the order printed. */
export function toAssignments(roots: readonly DraftClause[], units: ResolvedUnits): Assignment[] {
  const lists = [...walkDrafts(roots)].flatMap((n) => n.lists);
  lists.sort((a, b) => a.line - b.line || a.list.start - b.list.start);
  return lists.map((l) => ({
    clauseId: l.node.id,
    covers: l.covers || subtreeText(l.node),
    printed: l.list.printed ?? l.raw.slice(l.list.start, l.list.end),
    line: l.line,
    units: l.list.units.map((u) => ({
      printed: l.raw.slice(u.start, u.end),
      unit: units.slugOf(l.norm.slice(u.start, u.end).replace(/\s/g, '')),
      role: u.role,
      roleLabel: l.raw.slice(u.roleStart, u.roleEnd),
    })),
  }));
}
