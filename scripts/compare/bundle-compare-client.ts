/**
 * Bundle the any-two comparison's client (src/lib/lineage/compare-page.ts, with the matching code
 * the same-place pages run) into compare/compare.js (scripts/bundle-script.ts). Touches the disk.
 */
import { join } from 'node:path';
import { bundleScript } from '../bundle-script.ts';
import { COMPARE_GENERATED } from './compare-files.ts';

const ENTRY = join(import.meta.dirname, '..', '..', 'src', 'lib', 'lineage', 'compare-page.ts');

/** Write the compare client to `outfile` unless it is unchanged; returns whether it wrote. */
export async function bundleCompareClient(outfile: string): Promise<boolean> {
  return bundleScript({ entry: ENTRY, outfile, generatedBy: COMPARE_GENERATED });
}
