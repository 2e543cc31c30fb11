import type { IssuingLevel } from '../../model/index.ts';
import { paths } from '../urls.ts';
import { compareSlug } from './compare-plans.ts';
import { documentParts, isSplit } from './document-parts.ts';
import { isLevelSplit, levelParts } from './level-parts.ts';
import { placePairs } from './place-index.ts';
import type { SiteLineage } from './site-lineage.ts';

/** The levels that get a page: those with at least one document. */
export function shownLevels(lineage: SiteLineage): IssuingLevel[] {
  return [...lineage.byLevel].filter(([, docs]) => docs.length > 0).map(([level]) => level);
}

/** Site-relative paths of every lineage page, for the sitemap: levels and their letter pages, documents, their aliases and letter pages, places, comparisons (the any-two page among them). */
export function lineagePagePaths(lineage: SiteLineage): string[] {
  return [
    paths.documents(),
    ...shownLevels(lineage).flatMap((level) => {
      const documents = lineage.byLevel.get(level)!;
      const parts = isLevelSplit(documents) ? levelParts(documents) : [];
      return [paths.documentLevel(level), ...parts.map((part) => paths.documentLevelPart(level, part.key))];
    }),
    ...lineage.documents.flatMap((doc) => [
      paths.document(doc.slug),
      ...doc.aliases.map((alias) => paths.document(alias)),
      ...(isSplit(doc) ? documentParts(doc).map((part) => paths.documentPart(doc.slug, part.key)) : []),
    ]),
    paths.places(),
    paths.compareAny(),
    ...lineage.places.flatMap((place) => [
      paths.place(place.slug),
      ...placePairs(place).map(([older, newer]) => paths.compare(compareSlug(older.plan.slug, newer.plan.slug))),
    ]),
  ];
}
