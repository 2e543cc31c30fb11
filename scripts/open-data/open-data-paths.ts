import { COMPARE_CLIENT } from '../../src/lib/lineage/compare-data.ts';
import { DatasetNameSchema, DataFormatSchema } from '../../src/model/index.ts';

const DATA_FILE = new RegExp(`^data/[^/]+/(?:${DatasetNameSchema.options.join('|')})\\.(?:${DataFormatSchema.options.join('|')})$`);
const COMPARE_DATA = /^compare\/data\/[^/]+\.js$/;

/**
 * Whether a file of dist/ (its path, forward slashes) is one open-data.ts writes: a dataset file
 * of a plan or of all plans, a plan's compare data, the compare client. open-data.ts writes each
 * again only where its bytes changed and removes the ones it no longer writes, so a rebuild leaves
 * them where they are (scripts/astro/stale-files.ts) and the post-build pass need not read them.
 * @example isOpenDataFile('data/qinghe-2021/actions.csv') // true
 * @example isOpenDataFile('data/places/qinghe/2021/index.html') // false: a page of Astro's
 */
export function isOpenDataFile(path: string): boolean {
  return DATA_FILE.test(path) || COMPARE_DATA.test(path) || path === COMPARE_CLIENT;
}
