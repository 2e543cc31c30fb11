import { t } from '../../i18n/zh-CN.ts';
import type { Citation } from '../../model/index.ts';
import { numberPath } from '../clause-tree.ts';
import { planShortLabel } from '../insight/plan-short-label.ts';
import type { PlanEntry } from '../plan-entry.ts';
import { clauseUrl } from '../urls.ts';
import type { CitingSpot } from './cited-documents.ts';

/** One row of a document page: the citing plan, where in it, a link there and the printed citation. */
export interface SpotRow {
  planSlug: string;
  planLabel: string;
  planTitle: string;
  where: string;
  /** The id in the plan page where the citation is printed; the page links it as it renders (citationUrl). */
  anchor: string;
  printed: string;
}

/** The id of the cover's heading on a plan page: a citation printed in the notice links there. */
const COVER_ANCHOR = 'cover-heading';

/** Where a citation is printed, for readers: 印发通知, or the clause's number path (第n段 for a paragraph), and its anchor. */
export function citationPlace(entry: PlanEntry, citation: Citation): { where: string; anchor: string } {
  const { clauseId } = citation.span;
  if (clauseId === null) return { where: t.lineage.document.cover, anchor: COVER_ANCHOR };
  const found = entry.clauses.get(clauseId);
  const path = found ? numberPath([...found.ancestors, found.clause]) : '';
  const paragraph = /-?p(\d+)$/.exec(clauseId);
  const where = paragraph ? t.insight.clause.paragraph(path, Number(paragraph[1])) : path;
  return { where, anchor: clauseId };
}

/** The link to where a row's citation is printed, for the page being rendered. */
export const citationUrl = (row: Pick<SpotRow, 'planSlug' | 'anchor'>): string => clauseUrl(row.planSlug, row.anchor);

/** The printed text of a citation, sliced from its field by its span. */
function printedCitation(entry: PlanEntry, citation: Citation): string {
  const { clauseId, paragraph, field, start, end } = citation.span;
  const clause = clauseId === null ? null : entry.clauses.get(clauseId)?.clause;
  const text = clause ? (field === 'heading' ? clause.heading : clause.text) : entry.plan.cover?.paragraphs[paragraph ?? -1]?.text;
  return (text ?? '').slice(start, end);
}

/** The rows of a document page (or one of its letter pages), in the order of the spots. */
export function spotRows(spots: readonly CitingSpot[], planBySlug: ReadonlyMap<string, PlanEntry>): SpotRow[] {
  return spots.map(({ plan, citation }) => {
    const entry = planBySlug.get(plan.slug)!;
    return { planSlug: plan.slug, planLabel: planShortLabel(plan), planTitle: plan.planTitle, ...citationPlace(entry, citation), printed: printedCitation(entry, citation) };
  });
}
