/**
 * Bundle the search client (src/lib/search/page.ts and the pure modules it shares with the
 * indexer) into one plain script, search/search.js: a classic script, not a module, because a
 * browser runs no module from file://. Touches the disk.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { SEARCH_GENERATED } from './generated.ts';

const ENTRY = join(import.meta.dirname, '..', '..', 'src', 'lib', 'search', 'page.ts');

/** Write the bundle to `outfile`, with the Traditional characters (traditional-chars.ts) written in. */
export async function bundleClient(outfile: string, traditional: string): Promise<void> {
  await build({
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    banner: { js: `/* ${SEARCH_GENERATED} */` },
    define: { __TRAD_CHARS__: JSON.stringify(traditional) },
    logLevel: 'warning',
  });
}
