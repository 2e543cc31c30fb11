import type { Action, Clause, PlanCore } from '../../src/model/index.ts';
import { toHans } from '../parse/normalize.ts';

/** A clause of the outline with its ancestors, outermost first. */
export interface PlacedClause {
  clause: Clause;
  ancestors: Clause[];
}

/** The clause with the given id anywhere in the plan's outline, and its ancestors (outermost first). */
export function findClause(clauses: readonly Clause[], id: string, ancestors: Clause[] = []): PlacedClause | null {
  for (const c of clauses) {
    if (c.id === id) return { clause: c, ancestors };
    const inner = findClause(c.children, id, [...ancestors, c]);
    if (inner) return inner;
  }
  return null;
}

/** Lookups built once per plan, so a plan of thousands of actions is read in one pass. */
export interface PlanIndex {
  clauses: Map<string, PlacedClause>;
  /** The printed unit lists of each clause id. */
  lists: Map<string, string[]>;
}

/** Index a plan's clauses by id and its unit lists by clause. */
export function indexPlan(plan: PlanCore): PlanIndex {
  const clauses = new Map<string, PlacedClause>();
  const visit = (cs: readonly Clause[], ancestors: Clause[]) => {
    for (const c of cs) {
      clauses.set(c.id, { clause: c, ancestors });
      visit(c.children, [...ancestors, c]);
    }
  };
  visit(plan.clauses, []);
  const lists = new Map<string, string[]>();
  for (const a of plan.assignments) lists.set(a.clauseId, [...(lists.get(a.clauseId) ?? []), a.printed]);
  return { clauses, lists };
}

function collect(clause: Clause, own: boolean, parts: string[], ids: string[]): void {
  // The action's own heading is its title; descendants' headings are part of its text.
  if (!own && clause.heading) parts.push(clause.heading);
  if (clause.text) parts.push(clause.text);
  ids.push(clause.id);
  for (const child of clause.children) collect(child, false, parts, ids);
}

/**
 * The text an action's themes are read from, in Simplified script: its clause's text and every
 * descendant's heading and text, with the plan's printed unit lists taken out so that unit
 * names (区交通运输局, 区文广新局(旅游局、体育局)) do not count as topics.
 * @example actionText(yinzhou, 三、(六)) // '进一步推进艾滋病防治工作,…继续开展适龄儿童窝沟封闭工作。\n' (its (牵头单位:…) list gone)
 */
export function actionText(plan: PlanCore, action: Action, index: PlanIndex = indexPlan(plan)): string {
  const placed = index.clauses.get(action.id);
  if (!placed) return '';
  const parts: string[] = [];
  const ids: string[] = [];
  collect(placed.clause, true, parts, ids);
  let text = parts.join('\n');
  // A list printed in the action's text belongs to one of its clauses or, printed after a
  // group's last item, to an ancestor. Longest first, so a list is not cut by one it contains.
  const lists = [...ids, ...placed.ancestors.map((c) => c.id)].flatMap((id) => index.lists.get(id) ?? []);
  for (const list of [...new Set(lists)].sort((a, b) => b.length - a.length)) text = text.split(list).join('\n');
  return toHans(text);
}
