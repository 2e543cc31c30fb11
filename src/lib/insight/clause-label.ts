import { t } from '../../i18n/zh-CN.ts';
import { numberPath } from '../clause-tree.ts';
import type { PlanEntry } from '../plan-entry.ts';

// Paragraph ids end in "p<n>", numbered within their clause (README, "Clause ids").
const PARAGRAPH = /(?:^|-)p(\d+)$/;

/**
 * How a clause is named where it is linked to: its number path, and for an unnumbered paragraph
 * which paragraph of its clause (or of the preamble) it is.
 * @example clauseLabel(cixi, 'c2-2-9') // "二、(二)9."
 * @example clauseLabel(cixi, 'c1-p3') // "一、第3段"; clauseLabel(plan, 'p2') // "前言第2段"
 */
export function clauseLabel(entry: PlanEntry, clauseId: string): string {
  const found = entry.clauses.get(clauseId);
  if (!found) throw new Error(`${entry.plan.slug}: no clause ${clauseId}`);
  const path = numberPath([...found.ancestors, found.clause]);
  const paragraph = found.clause.kind === 'paragraph' ? PARAGRAPH.exec(clauseId)?.[1] : undefined;
  if (paragraph === undefined) return path || clauseId;
  return t.insight.clause.paragraph(path || t.plan.preamble, Number(paragraph));
}
