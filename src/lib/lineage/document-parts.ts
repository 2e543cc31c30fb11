import type { CitedDocument, CitingSpot } from './cited-documents.ts';
import { groupByLetter } from './letter-groups.ts';
import { placeInitial } from './place-slug.ts';

/**
 * A document cited by more plans than this lists them by the first letter of the citing place
 * on pages of their own (documents/<slug>/<letter>/): at 5,000 notices a national document is
 * cited by every plan, and one page of them all would pass the 250 KB page limit (issue 13).
 */
export const SPLIT_AT = 40;

/** The spots of one letter of a split document page. */
export interface DocumentPart {
  /** a–z, or "0" for a place whose pinyin starts otherwise. */
  key: string;
  spots: CitingSpot[];
  plans: number;
}

/** Whether a document's citing plans are listed on letter pages rather than on its own page. */
export const isSplit = (doc: CitedDocument): boolean => doc.plans.length > SPLIT_AT;

/** A split document's letter pages, in letter order, each with its spots in the collection's order. */
export function documentParts(doc: CitedDocument): DocumentPart[] {
  return groupByLetter(doc.spots, (spot) => placeInitial(spot.plan.jurisdiction)).map(({ key, items: spots }) => ({
    key,
    spots,
    plans: new Set(spots.map((s) => s.plan.slug)).size,
  }));
}
