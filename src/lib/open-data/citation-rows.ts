import type { CitationRow } from '../../model/index.ts';
import type { SiteLineage } from '../lineage/site-lineage.ts';
import type { PlanEntry } from '../plan-entry.ts';
import { paths } from '../urls.ts';
import { clausePath } from './plan-rows.ts';

/** One row per citation of a plan, in reading order, naming the document page it links to. */
export function citationRows(entry: PlanEntry, lineage: SiteLineage): CitationRow[] {
  const { plan } = entry;
  return plan.citations.map((citation) => {
    // A title cited without 文号 may belong to a numbered document: the row names that document.
    const doc = lineage.documentBySlug.get(citation.slug);
    const { clauseId, paragraph } = citation.span;
    return {
      plan: plan.slug,
      clause: clauseId,
      paragraph,
      document: doc?.slug ?? citation.slug,
      documentNumber: doc?.documentNumber ?? citation.documentNumber,
      level: doc?.level ?? citation.level,
      title: citation.title,
      printedTitle: citation.printedTitle,
      levelRule: doc?.levelRule ?? citation.levelRule,
      documentPage: paths.document(doc?.slug ?? citation.slug),
      clausePage: clauseId === null ? `${paths.plan(plan.slug)}#cover-heading` : clausePath(plan.slug, clauseId),
    };
  });
}
