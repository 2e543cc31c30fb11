import { DATASET_ROW_SCHEMAS, DatasetNameSchema, type DataFormat, type DatasetName, type Theme, type ThemeSlug } from '../../model/index.ts';
import type { SiteContent } from '../site-content.ts';
import type { PlanEntry } from '../plan-entry.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { citationRows } from './citation-rows.ts';
import { targetRows, themeRows } from './insight-rows.ts';
import { actionRows, assignmentRows, planRows, unitRows } from './plan-rows.ts';

/** The scope of the files that hold every plan: data/all/. */
export const ALL_PLANS = 'all';

/** Every dataset name, in the order the data page lists them. */
export const DATASET_NAMES = DatasetNameSchema.options;

/** One folder of data files: every plan (data/all/) or one plan (data/<slug>/). */
export interface DataScope {
  scope: string;
  plans: PlanEntry[];
}

/** The folders of open data: all plans first, then each plan, newest first. */
export function dataScopes(site: SiteContent): DataScope[] {
  const taken = site.plans.find((entry) => entry.plan.slug === ALL_PLANS);
  if (taken) throw new Error(`a plan's slug "${ALL_PLANS}" would share the folder of the whole collection's data`);
  return [{ scope: ALL_PLANS, plans: site.plans }, ...site.plans.map((entry) => ({ scope: entry.plan.slug, plans: [entry] }))];
}

/** The theme taxonomy by slug, as theme rows name it. */
const taxonomyOf = (site: SiteContent): Map<ThemeSlug, Theme> => new Map(site.themes.map((theme) => [theme.slug, theme]));

/** The rows of one dataset of one plan, unchecked, in the shape of its row schema. */
function rowsOf(site: SiteContent, entry: PlanEntry, name: DatasetName, taxonomy: ReadonlyMap<ThemeSlug, Theme>): object[] {
  const { insight } = site;
  switch (name) {
    case 'plans':
      return planRows(entry);
    case 'actions':
      return actionRows(entry, insight.themes);
    case 'assignments':
      return assignmentRows(entry);
    case 'units':
      return unitRows(entry);
    case 'targets':
      return targetRows(insight.targetsByPlan.get(entry.plan.slug) ?? []);
    case 'themes':
      return themeRows(entry, insight.themes, taxonomy);
    case 'citations':
      return citationRows(entry, site.lineage);
  }
}

/** The rows of one dataset for some plans, each checked against (and keyed in the order of) its row schema. */
export function datasetRows(site: SiteContent, plans: readonly PlanEntry[], name: DatasetName): Record<string, CsvValue>[] {
  const schema = DATASET_ROW_SCHEMAS[name];
  const taxonomy = taxonomyOf(site);
  return plans.flatMap((entry) => rowsOf(site, entry, name, taxonomy)).map((row) => schema.parse(row) as Record<string, CsvValue>);
}

/** How many rows one dataset has for some plans (as datasetRows, without building the checked rows). */
export function datasetRowCount(site: SiteContent, plans: readonly PlanEntry[], name: DatasetName): number {
  const taxonomy = taxonomyOf(site);
  return plans.reduce((sum, entry) => sum + rowsOf(site, entry, name, taxonomy).length, 0);
}

/** The CSV columns of a dataset: its row schema's keys, in order. */
export function datasetColumns(name: DatasetName): string[] {
  return Object.keys(DATASET_ROW_SCHEMAS[name].shape);
}

/** A dataset's rows as file contents: CSV with a BOM, or a JSON array of row objects. */
export function serializeDataset(name: DatasetName, rows: readonly Record<string, CsvValue>[], format: DataFormat): string {
  return format === 'csv' ? toCsv(datasetColumns(name), rows) : `${JSON.stringify(rows, null, 2)}\n`;
}
