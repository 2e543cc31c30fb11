import type { IssuingLevel } from '../../model/index.ts';
import type { PlanEntry } from '../plan-entry.ts';
import { indexCitedDocuments, type CitedDocument } from './cited-documents.ts';
import { indexPlaces, type PlaceEntry } from './place-index.ts';

/** The collection's lineage: documents cited and by whom, and each place's plans over time. */
export interface SiteLineage {
  documents: CitedDocument[];
  /** Documents by level, every level present even when empty, in level order. */
  byLevel: Map<IssuingLevel, CitedDocument[]>;
  /** A document by its own slug or by an alias its citations use. */
  documentBySlug: Map<string, CitedDocument>;
  places: PlaceEntry[];
  placeOfPlan: Map<string, PlaceEntry>;
  /** The document a plan of the collection is (others cite it), by plan slug. */
  documentOfPlan: Map<string, CitedDocument>;
}

const LEVELS: IssuingLevel[] = ['national', 'provincial', 'city', 'county', 'unknown'];

/** Derive the lineage from the plans (newest first, as the site orders them). Pure. */
export function buildSiteLineage(plans: readonly PlanEntry[]): SiteLineage {
  const documents = indexCitedDocuments(plans.map((entry) => entry.plan));
  const places = indexPlaces(plans);
  const documentBySlug = new Map<string, CitedDocument>();
  for (const doc of documents) for (const slug of [doc.slug, ...doc.aliases]) documentBySlug.set(slug, doc);
  return {
    documents,
    byLevel: new Map(LEVELS.map((level) => [level, documents.filter((doc) => doc.level === level)])),
    documentBySlug,
    places,
    placeOfPlan: new Map(places.flatMap((place) => place.plans.map((entry): [string, PlaceEntry] => [entry.plan.slug, place]))),
    documentOfPlan: new Map(documents.filter((doc) => doc.self).map((doc) => [doc.self!.slug, doc])),
  };
}
