import type { Citation, IssuingLevel, Plan } from '../../model/index.ts';

/** One place a document is cited: the plan and the citation (its span names the clause). */
export interface CitingSpot {
  plan: Plan;
  citation: Citation;
}

/** A document cited across the collection, with every spot that cites it. */
export interface CitedDocument {
  /** Its URL slug: from its 文号 when any citation prints one, else from its title. */
  slug: string;
  /** The title most spots print (ties: the shorter, then code-point order). */
  title: string;
  /** Every other title printed for it (one 文号 may cover two titles). */
  otherTitles: string[];
  documentNumber: string | null;
  level: IssuingLevel;
  levelRule: string;
  spots: CitingSpot[];
  /** Distinct citing plans, in the collection's order. */
  plans: Plan[];
  /** The plan of the collection that is this document (same 文号, else same title), if any. */
  self: Plan | null;
  /** Other slugs its citations use (a title cited without 文号): they show a link to this page. */
  aliases: string[];
}

const LEVEL_ORDER: IssuingLevel[] = ['national', 'provincial', 'city', 'county', 'unknown'];

/** The most frequent value of a list (ties by `tie`), for a document's title and level. */
function mostFrequent<T>(values: readonly T[], tie: (a: T, b: T) => number): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || tie(a[0], b[0]))[0]![0];
}

/** Group citations into documents: one per 文号; a citation without 文号 joins the numbered document of its title, else its title's own. */
function groupSpots(plans: readonly Plan[]): Map<string, CitingSpot[]> {
  const numberOfTitle = new Map<string, string>();
  for (const plan of plans) {
    for (const c of plan.citations) {
      const known = numberOfTitle.get(c.titleSlug);
      // The smallest slug wins, so the choice never depends on the order plans are read in.
      if (c.documentNumber && (!known || c.slug < known)) numberOfTitle.set(c.titleSlug, c.slug);
    }
  }
  const groups = new Map<string, CitingSpot[]>();
  for (const plan of plans) {
    for (const citation of plan.citations) {
      const slug = citation.documentNumber ? citation.slug : (numberOfTitle.get(citation.titleSlug) ?? citation.slug);
      groups.set(slug, [...(groups.get(slug) ?? []), { plan, citation }]);
    }
  }
  return groups;
}

/**
 * Every document the collection cites, by level then by how many plans cite it. Pure: the same
 * plans in any order give the same documents and slugs.
 */
export function indexCitedDocuments(plans: readonly Plan[]): CitedDocument[] {
  const byNumber = new Map(plans.filter((p) => p.citedAs.documentNumber).map((p) => [p.citedAs.documentNumber!, p]));
  const byTitle = new Map(plans.map((p) => [p.citedAs.title, p]));
  const documents = [...groupSpots(plans)].map(([slug, spots]): CitedDocument => {
    const titles = spots.map((s) => s.citation.title);
    const title = mostFrequent(titles, (a, b) => a.length - b.length || (a < b ? -1 : 1));
    const known = spots.map((s) => s.citation).filter((c) => c.level !== 'unknown');
    const level = known.length ? mostFrequent(known.map((c) => c.level), (a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b)) : 'unknown';
    const documentNumber = spots.find((s) => s.citation.documentNumber)?.citation.documentNumber ?? null;
    const citingPlans = [...new Set(spots.map((s) => s.plan))];
    const self = (documentNumber ? byNumber.get(documentNumber) : undefined) ?? titles.map((t) => byTitle.get(t)).find((p) => p) ?? null;
    return {
      slug,
      title,
      otherTitles: [...new Set(titles)].filter((t) => t !== title).sort(),
      documentNumber,
      level,
      levelRule: (known.find((c) => c.level === level) ?? spots[0]!.citation).levelRule,
      spots,
      plans: citingPlans,
      self,
      aliases: [...new Set(spots.map((s) => s.citation.slug))].filter((s) => s !== slug).sort(),
    };
  });
  return documents.sort(
    (a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || b.plans.length - a.plans.length || (a.slug < b.slug ? -1 : 1),
  );
}
