import type { DiagnosticSink } from './diagnostics.ts';
import { walkDrafts, type DraftClause, type DraftList } from './draft.ts';
import { glueCuts } from './glued-names.ts';
import { POSITIONAL_LEAD } from './list-remark.ts';
import type { SourceLine } from './source-line.ts';
import type { ListedUnit } from './unit-list.ts';

const keyOf = (list: DraftList, u: ListedUnit) => list.norm.slice(u.start, u.end).replace(/\s/g, '');

/** Split every name printed without its 、 (省委宣传部省科技厅) where both halves are known names. */
function splitGluedNames(lists: readonly DraftList[], sink: DiagnosticSink): void {
  const known = new Set(lists.flatMap((l) => l.list.units.map((u) => keyOf(l, u))));
  for (const l of lists) {
    l.list.units = l.list.units.flatMap((u) => {
      const name = l.norm.slice(u.start, u.end);
      const cuts = glueCuts(name, known);
      if (cuts.length === 0) return [u];
      const bounds = [u.start, ...cuts.map((c) => u.start + c), u.end];
      const parts = bounds.slice(1).map((end, i) => ({ ...u, start: bounds[i]!, end }));
      sink.report('unit-split', 'info', l.line, `unit "${name}" read as ${parts.map((p) => `"${l.norm.slice(p.start, p.end)}"`).join(' and ')} (no 、 printed between them)`);
      return parts;
    });
  }
}

/**
 * Apply a stated rule that a list's first unit leads (排第一位的为牵头单位): to the list whose
 * remark states it, to every later list when it says 下同 or is stated outside any list (in the
 * cover or a note), never to a list that prints its own lead.
 */
function applyPositionalLead(lists: readonly DraftList[], lines: readonly SourceLine[]): void {
  const inList = new Set(lists.filter((l) => l.list.positional !== null).map((l) => l.line));
  let onwardFrom = lines.find((l) => POSITIONAL_LEAD.test(l.norm) && !inList.has(l.n))?.n ?? Infinity;
  for (const l of lists) {
    if (l.list.positional === 'onward') onwardFrom = Math.min(onwardFrom, l.line);
    const applies = l.list.positional !== null || l.line >= onwardFrom;
    const first = l.list.units[0];
    if (applies && first && l.list.units.every((u) => u.role !== 'lead')) first.role = 'lead';
  }
}

/** Report lists whose brackets the print damaged, so a reader knows the list was read from broken text. */
function reportDamagedLists(lists: readonly DraftList[], sink: DiagnosticSink): void {
  for (const l of lists) {
    const printed = l.raw.slice(l.list.start, l.list.end);
    if (l.list.damage === 'unclosed') sink.report('unit-list-unclosed', 'warning', l.line, `unit list "${printed}" never closes its bracket`);
    else if (l.list.damage === 'unopened') sink.report('unit-list-unopened', 'warning', l.line, `unit list "${printed}" lost its opening bracket`);
    else if (l.list.damage === 'bracketless') sink.report('unit-list-unopened', 'warning', l.line, `unit list "${printed}" is printed without brackets`);
  }
}

/**
 * Revise the plan's unit lists with what only the whole plan shows: names printed without
 * their 、, a positional lead rule stated once for many lists, damaged brackets.
 */
export function reviseUnitLists(roots: readonly DraftClause[], lines: readonly SourceLine[], sink: DiagnosticSink): void {
  const lists = [...walkDrafts(roots)].flatMap((n) => n.lists).sort((a, b) => a.line - b.line || a.list.start - b.list.start);
  splitGluedNames(lists, sink);
  applyPositionalLead(lists, lines);
  reportDamagedLists(lists, sink);
}
