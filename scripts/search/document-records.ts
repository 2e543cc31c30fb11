/**
 * The search records of cited documents: one per document, landing on its page, found by its
 * title (each form printed), its 文号 and the titles of the plans citing it. Pure.
 */
import { indexCitedDocuments } from '../../src/lib/lineage/cited-documents.ts';
import { documentPath } from '../../src/lib/search/paths.ts';
import type { Plan } from '../../src/model/index.ts';
import { planYears, type DraftRecord } from './plan-records.ts';

/** The Chinese names of the levels, as the filters and the result line show them. */
const LEVEL_NAMES = { national: '国家级', provincial: '省级', city: '市级', county: '县区级', unknown: '级别未定' } as const;

/** A 文号 as people type it: 国发〔2019〕13号 also as 国发[2019]13号 and 国发(2019)13号. */
function numberForms(number: string | null): string[] {
  return number ? [number, number.replace('〔', '[').replace('〕', ']'), number.replace('〔', '(').replace('〕', ')')] : [];
}

/** One record per cited document, grouped by level in the order documents/ lists them. */
export function documentRecords(plans: readonly Plan[]): DraftRecord[] {
  return indexCitedDocuments(plans).map((doc) => ({
    url: documentPath(doc.slug),
    kind: 'document',
    title: `《${doc.title}》`,
    number: '',
    section: '',
    plan: [LEVEL_NAMES[doc.level], doc.documentNumber].filter(Boolean).join(' · '),
    // The printed titles too: a query types what the page printed (quotes, inner marks, 关于印发…的通知).
    text: [...new Set([...numberForms(doc.documentNumber), ...doc.otherTitles, ...doc.spots.map((spot) => spot.citation.printedTitle)])].join('、'),
    units: '',
    lang: '',
    filters: {
      plan: doc.plans.map((plan) => plan.slug),
      place: [...new Set(doc.plans.map((plan) => plan.jurisdiction.placeHans))],
      year: [...new Set(doc.plans.flatMap(planYears))].sort(),
      lead: [],
      kind: ['document'],
    },
  }));
}
