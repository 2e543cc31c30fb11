import type { DataFormat, DatasetName } from '../../model/index.ts';
import type { SiteContent } from '../content.ts';
import type { PlanEntry } from '../plan-entry.ts';
import { DATASET_NAMES, dataScopes, datasetRows, serializeDataset } from './datasets.ts';

/** What the data file routes hand each file: the dataset and the plans it covers. */
// A type, not an interface: Astro's props type has an index signature only a type alias satisfies.
export type DataFileProps = {
  dataset: DatasetName;
  plans: PlanEntry[];
};

const CONTENT_TYPES: Record<DataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The static paths of the data files of one format: each scope × each dataset. */
export function dataFileRoutes(site: SiteContent): { params: { scope: string; dataset: DatasetName }; props: DataFileProps }[] {
  return dataScopes(site).flatMap(({ scope, plans }) =>
    DATASET_NAMES.map((dataset) => ({ params: { scope, dataset }, props: { dataset, plans } })),
  );
}

/** One data file's response. */
export function dataFileResponse(site: SiteContent, { dataset, plans }: DataFileProps, format: DataFormat): Response {
  const body = serializeDataset(dataset, datasetRows(site, plans, dataset), format);
  return new Response(body, { headers: { 'content-type': CONTENT_TYPES[format] } });
}
