import { DataFormatSchema } from '../../model/index.ts';
import type { CsvValue } from './csv.ts';
import type { SiteContent } from '../site-content.ts';
import { paths } from '../urls.ts';
import { ALL_PLANS, DATASET_NAMES, dataScopes, datasetRows, serializeDataset } from './datasets.ts';

/** One open data file: its path under the site root and its contents. */
export interface DataFile {
  path: string;
  contents: string;
}

/**
 * Every open data file of the site (docs/open-data.md): each dataset of each plan and of all plans,
 * as CSV and JSON. Each plan's rows are built and checked once; the files of all plans concatenate
 * them in the order of the plans, so they hold exactly the rows of the per-plan files. Lazy, so a
 * large site is written file by file rather than held whole.
 */
export function* dataFiles(site: SiteContent): Generator<DataFile> {
  const all = new Map(DATASET_NAMES.map((dataset) => [dataset, [] as Record<string, CsvValue>[]]));
  for (const { scope, plans } of dataScopes(site)) {
    if (scope === ALL_PLANS) continue;
    for (const dataset of DATASET_NAMES) {
      const rows = datasetRows(site, plans, dataset);
      for (const row of rows) all.get(dataset)!.push(row);
      for (const format of DataFormatSchema.options) yield { path: paths.dataFile(scope, dataset, format), contents: serializeDataset(dataset, rows, format) };
    }
  }
  for (const dataset of DATASET_NAMES) {
    for (const format of DataFormatSchema.options) yield { path: paths.dataFile(ALL_PLANS, dataset, format), contents: serializeDataset(dataset, all.get(dataset)!, format) };
  }
}
