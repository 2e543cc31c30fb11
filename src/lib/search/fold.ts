/**
 * Folding for search: the index and every query are compared in one form — half-width, lower-case
 * ASCII, plain spaces and Simplified script — so 控煙 finds 控烟, ８５％ finds 85%. Folding never
 * changes a string's length, so a match found in the folded text slices the printed text.
 * Shared by the indexer (scripts/search-index.ts) and the browser (search/search.js).
 */

/** A Traditional → Simplified converter: opencc-js's `Converter({ from: 't', to: 'cn' })` (t2cn). */
export type ToHans = (text: string) => string;

// Full-width ASCII U+FF01–U+FF5E sits at a fixed offset from U+0021–U+007E.
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const HAN = /[\u3400-\u9fff\uf900-\ufaff\ud840-\ud87f]/;

function foldUnit(code: number): number {
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) code -= FULL_WIDTH_OFFSET;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20; // A–Z
  // Control characters, NBSP, the ideographic space and the other Unicode spaces read as one space.
  if (code < 0x20 || code === 0x7f || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b)) return 0x20;
  return code;
}

/**
 * Width, case and space folding, one UTF-16 unit for one.
 * @example foldWidth('ＤＲＧｓ（８５％）') // 'drgs(85%)'
 */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return out;
}

/**
 * The search form of a text: width-folded, and in Simplified script when a converter is given.
 * OpenCC converts phrase by phrase; where a phrase would change length, characters are converted
 * one by one instead, so the result always has the input's length.
 * @example foldText('市衛生健康委牽頭', t2cn) // '市卫生健康委牵头'
 */
export function foldText(text: string, toHans?: ToHans): string {
  const width = foldWidth(text);
  if (!toHans || !HAN.test(width)) return width;
  const hans = toHans(width);
  if (hans.length === width.length) return hans;
  let out = '';
  for (const char of width) {
    const converted = toHans(char);
    out += converted.length === char.length ? converted : char;
  }
  return out;
}

/**
 * Whether a text holds a character that folding to Simplified would change, given the set of such
 * characters (written into the client bundle at build time), so the converter is loaded only then.
 * @example hasTraditional('控煙', tradSet) // true; hasTraditional('控烟', tradSet) // false
 */
export function hasTraditional(text: string, traditional: ReadonlySet<string>): boolean {
  for (const char of text) if (traditional.has(char)) return true;
  return false;
}
