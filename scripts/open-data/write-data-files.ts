import { closeSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ALL_PLANS, DATASET_NAMES, dataScopes, datasetRows, serializeDataset } from '../../src/lib/open-data/datasets.ts';
import type { SiteContent } from '../../src/lib/site-content.ts';
import { paths } from '../../src/lib/urls.ts';
import { DataFormatSchema } from '../../src/model/index.ts';
import { CollectionFile } from './collection-file.ts';

/** Writes one file of dist/ (its path under the site root); open-data.ts decides how. */
export type WriteFile = (file: { path: string; contents: string }) => Promise<void>;

/** The whole collection's files written: their paths under dist/ and their bytes (UTF-8). */
export interface Written {
  paths: string[];
  bytes: number;
}

/**
 * Write every open data file of the site (docs/open-data.md): each dataset of each plan and of all
 * plans, as CSV and JSON. Each plan's rows are built and checked once, serialized once, and the
 * files of all plans are made from the plans' files as they go (collection-file.ts), each streamed
 * to a file of its own under `dist` that is renamed into place when whole: the collection's rows
 * are never held at once. Calls `tick` after each file; returns the whole collection's files.
 */
export async function writeDataFiles(site: SiteContent, dist: string, write: WriteFile, tick: () => void): Promise<Written> {
  const written: Written = { paths: [], bytes: 0 };
  const collections = DATASET_NAMES.flatMap((dataset) =>
    DataFormatSchema.options.map((format) => {
      const target = join(dist, paths.dataFile(ALL_PLANS, dataset, format));
      return { path: paths.dataFile(ALL_PLANS, dataset, format), target, fd: -1, file: null as CollectionFile | null, dataset, format };
    }),
  );
  try {
    for (const collection of collections) {
      const { target, dataset, format } = collection;
      mkdirSync(dirname(target), { recursive: true });
      const fd = (collection.fd = openSync(`${target}.partial`, 'w'));
      collection.file = new CollectionFile(dataset, format, {
        write: (text) => {
          written.bytes += writeSync(fd, text);
        },
      });
    }
    for (const { scope, plans } of dataScopes(site)) {
      if (scope === ALL_PLANS) continue;
      for (const dataset of DATASET_NAMES) {
        const rows = datasetRows(site, plans, dataset);
        for (const format of DataFormatSchema.options) {
          const contents = serializeDataset(dataset, rows, format);
          await write({ path: paths.dataFile(scope, dataset, format), contents });
          collections.find((c) => c.dataset === dataset && c.format === format)!.file!.add(contents);
          tick();
        }
      }
    }
    for (const collection of collections) {
      collection.file!.end();
      closeSync(collection.fd);
      collection.fd = -1;
      renameSync(`${collection.target}.partial`, collection.target);
      written.paths.push(collection.path);
      tick();
    }
    return written;
  } finally {
    for (const { fd } of collections) if (fd >= 0) closeSync(fd);
  }
}
