/**
 * Folding a query in the browser. Width folding is always done; the Traditional → Simplified
 * converter (opencc-js t2cn, about 53 KB gzipped, copied to search/t2cn.js) is loaded only for a
 * query holding a character it would change. Browser only.
 */
import { foldText, foldWidth, hasTraditional, type ToHans } from './fold.ts';
import { loadScript } from './loader.ts';
import { SEARCH_DIR } from './paths.ts';

/** The converter script, in the search folder. */
export const CONVERTER_FILE = 't2cn.js';

interface OpenCC {
  Converter(options: { from: string; to: string }): ToHans;
}

let converter: Promise<ToHans> | undefined;

function loadConverter(root: URL): Promise<ToHans> {
  converter ??= loadScript(new URL(SEARCH_DIR + CONVERTER_FILE, root).href).then(() =>
    (window as unknown as { OpenCC: OpenCC }).OpenCC.Converter({ from: 't', to: 'cn' }),
  );
  return converter;
}

/**
 * The folded form of a query, as the index holds its text.
 * @example await foldQuery('控煙 ８５％', root, traditional) // '控烟 85%'
 */
export async function foldQuery(query: string, root: URL, traditional: ReadonlySet<string>): Promise<string> {
  const width = foldWidth(query);
  return hasTraditional(width, traditional) ? foldText(width, await loadConverter(root)) : width;
}
