import { planShortLabel } from '../insight/plan-short-label.ts';
import type { PlanEntry } from '../plan-entry.ts';
import type { CitedDocument } from './cited-documents.ts';
import { documentParts, isSplit } from './document-parts.ts';
import { spotRows, type SpotRow } from './spot-rows.ts';

/** What a document page shows: the document, then its citing spots, or links to its letter pages when split. */
export interface DocumentView extends Pick<CitedDocument, 'slug' | 'title' | 'otherTitles' | 'documentNumber' | 'level' | 'levelRule'> {
  plans: number;
  spots: number;
  /** The plan of the collection that is this document. */
  self: { slug: string; label: string; title: string } | null;
  /** Every citing spot, when the page lists them itself. */
  rows: SpotRow[] | null;
  /** The letter pages, when the document is cited by too many plans for one page. */
  parts: { key: string; plans: number; spots: number }[] | null;
}

/** The view of one document page, derived from the document and the collection's plans. */
export function documentView(doc: CitedDocument, planBySlug: ReadonlyMap<string, PlanEntry>): DocumentView {
  const split = isSplit(doc);
  return {
    slug: doc.slug,
    title: doc.title,
    otherTitles: doc.otherTitles,
    documentNumber: doc.documentNumber,
    level: doc.level,
    levelRule: doc.levelRule,
    plans: doc.plans.length,
    spots: doc.spots.length,
    self: doc.self ? { slug: doc.self.slug, label: planShortLabel(doc.self), title: doc.self.planTitle } : null,
    rows: split ? null : spotRows(doc.spots, planBySlug),
    parts: split ? documentParts(doc).map((part) => ({ key: part.key, plans: part.plans, spots: part.spots.length })) : null,
  };
}
