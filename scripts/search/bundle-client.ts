/**
 * Bundle the search client (src/lib/search/page.ts and the pure modules it shares with the
 * indexer) into one plain script, search/search.js (scripts/bundle-script.ts). Touches the disk.
 */
import { join } from 'node:path';
import { bundleScript } from '../bundle-script.ts';
import { SEARCH_GENERATED } from './generated.ts';

const ENTRY = join(import.meta.dirname, '..', '..', 'src', 'lib', 'search', 'page.ts');

/** Write the bundle to `outfile`, with the Traditional characters (traditional-chars.ts) written in, unless it is unchanged; returns whether it wrote. */
export async function bundleClient(outfile: string, traditional: string): Promise<boolean> {
  return bundleScript({ entry: ENTRY, outfile, generatedBy: SEARCH_GENERATED, define: { __TRAD_CHARS__: JSON.stringify(traditional) } });
}
