import type { Action, Assignment } from '../../src/model/index.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import { numberedChildren, walkDrafts, type DraftClause } from './draft.ts';
import { NON_TASK_PART } from './patterns.ts';

/** The citation path of a clause: the labels of its numbered ancestors and its own, e.g. "一、(二)3.". */
export function citationPath(node: DraftClause, label: (n: DraftClause) => string): string {
  const labels: string[] = [];
  for (let p: DraftClause | null = node; p; p = p.parent) if (p.rank !== null) labels.unshift(label(p));
  return labels.join('');
}

/** A short title for a clause: its heading without the stop, or the start of its text. */
export function clauseTitle(node: DraftClause): string {
  const heading = node.heading?.replace(/[。.;;,,::\s]+$/, '').trim();
  if (heading) return heading;
  const text = node.text.replace(/\s+/g, '');
  const sentence = text.split(/[。;;]/)[0] ?? text;
  return sentence.length > 40 ? sentence.slice(0, 40) + '…' : sentence;
}

function isTaskPart(root: DraftClause): boolean {
  const heading = (root.heading ?? root.text).replace(/\s/g, '');
  return !NON_TASK_PART.test(heading);
}

function hasListsBelow(node: DraftClause): boolean {
  for (const d of walkDrafts(node.children)) if (d.lists.length > 0) return true;
  return false;
}

/**
 * Choose the plan's actions: the nearest numbered clauses that carry unit lists, plus every
 * clause at that same level of a task part whose list was lost (reported). In a plan with no
 * unit lists at all, the numbered leaves of its task parts. Goal, guidance and safeguard parts
 * hold no actions.
 */
export function chooseActionClauses(roots: readonly DraftClause[], sink: DiagnosticSink): DraftClause[] {
  const numbered = [...walkDrafts(roots)].filter((n) => n.rank !== null);
  const rootOf = (n: DraftClause) => {
    let r = n;
    while (r.parent) r = r.parent;
    return r;
  };
  const carrying = numbered.filter((n) => n.lists.length > 0 && !hasListsBelow(n));
  if (carrying.length === 0) {
    return numbered.filter((n) => numberedChildren(n).length === 0 && isTaskPart(rootOf(n)));
  }
  const counts = new Map<number, number>();
  for (const n of carrying) counts.set(n.rank!, (counts.get(n.rank!) ?? 0) + 1);
  const actionRank = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  const taskRoots = new Set(carrying.map(rootOf));
  const chosen = new Set(carrying);
  for (const n of numbered) {
    if (n.rank !== actionRank || chosen.has(n) || !taskRoots.has(rootOf(n)) || !isTaskPart(rootOf(n))) continue;
    if (hasListsBelow(n)) continue;
    let ancestorChosen = false;
    for (let p = n.parent; p; p = p.parent) if (chosen.has(p)) ancestorChosen = true;
    if (ancestorChosen) continue;
    chosen.add(n);
    sink.report('action-without-units', 'warning', n.start, `action ${clauseTitle(n)} has no unit list (lost or garbled in the source)`);
  }
  return numbered.filter((n) => chosen.has(n));
}

/** Build the model's actions from the chosen clauses and the plan's assignments. */
export function buildActions(
  clauses: readonly DraftClause[],
  assignments: readonly Assignment[],
  label: (n: DraftClause) => string,
): Action[] {
  const byClause = new Map<string, number[]>();
  assignments.forEach((a, i) => byClause.set(a.clauseId, [...(byClause.get(a.clauseId) ?? []), i]));
  return clauses.map((node) => {
    const mine = [...walkDrafts([node])].flatMap((n) => byClause.get(n.id) ?? []).sort((a, b) => a - b);
    const lead: string[] = [];
    const participating: string[] = [];
    for (const i of mine) {
      for (const ref of assignments[i]!.units) {
        const into = ref.role === 'lead' ? lead : participating;
        if (!into.includes(ref.unit)) into.push(ref.unit);
      }
    }
    return { id: node.id, number: citationPath(node, label), title: clauseTitle(node), lead, participating, assignments: mine };
  });
}
