import type { IssuingLevel } from '../../model/index.ts';
import { planShortLabel } from '../insight/plan-short-label.ts';
import type { PlanEntry } from '../plan-entry.ts';
import { compareSlug } from './compare-plans.ts';
import type { SiteLineage } from './site-lineage.ts';

/** A plan named in the lineage panel: slug, short label and title. */
export interface PlanRef {
  slug: string;
  label: string;
  title: string;
}

/** What a plan page's lineage panel shows: its basis documents, the plans citing it, its place and neighbours in time. */
export interface PlanLineageView {
  basis: { slug: string; title: string; documentNumber: string | null; level: IssuingLevel; plan: PlanRef | null }[];
  implementedBy: PlanRef[];
  place: { slug: string; name: string; plans: number };
  predecessor: (PlanRef & { compare: string }) | null;
  successor: (PlanRef & { compare: string }) | null;
}

const ref = (entry: PlanEntry): PlanRef => ({ slug: entry.plan.slug, label: planShortLabel(entry.plan), title: entry.plan.planTitle });

/** The lineage panel of one plan, from the collection's lineage. */
export function planLineageView(entry: PlanEntry, lineage: SiteLineage): PlanLineageView {
  const { plan } = entry;
  const seen = new Set<string>();
  const basis: PlanLineageView['basis'] = [];
  for (const citation of plan.citations) {
    const doc = lineage.documentBySlug.get(citation.slug);
    if (!doc || seen.has(doc.slug)) continue;
    seen.add(doc.slug);
    const self = doc.self ? { slug: doc.self.slug, label: planShortLabel(doc.self), title: doc.self.planTitle } : null;
    basis.push({ slug: doc.slug, title: doc.title, documentNumber: doc.documentNumber, level: doc.level, plan: self });
  }
  const citing = lineage.documentOfPlan.get(plan.slug);
  const place = lineage.placeOfPlan.get(plan.slug)!;
  const at = place.plans.indexOf(entry);
  const before = place.plans[at - 1];
  const after = place.plans[at + 1];
  return {
    basis,
    implementedBy: (citing?.plans ?? []).map((p) => ({ slug: p.slug, label: planShortLabel(p), title: p.planTitle })),
    place: { slug: place.slug, name: place.name, plans: place.plans.length },
    predecessor: before ? { ...ref(before), compare: compareSlug(before.plan.slug, plan.slug) } : null,
    successor: after ? { ...ref(after), compare: compareSlug(plan.slug, after.plan.slug) } : null,
  };
}
