import { changedUnitBounds, toSimplified } from './to-simplified.ts';

/** Characters that differ only in width or look: folded so one rule matches every print. */
const FOLD: Record<string, string> = {
  '\u3000': ' ', // ideographic space
  '\u00a0': ' ', // no-break space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\t': ' ',
  '\ufe59': '(',
  '\ufe5a': ')',
  '\ufe5d': '〔',
  '\ufe5e': '〕',
  '\u2014': '—',
  '\u2015': '—',
  '\u2500': '—',
  '．': '.',
  '。': '。',
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width ASCII block U+FF01–U+FF5E maps onto U+0021–U+007E.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return FOLD[ch] ?? ch;
}

const FOLDABLE = new RegExp(`[\\uff01-\\uff5e${Object.keys(FOLD).join('')}]`, 'g');

/**
 * A copy of a line for matching rules: half-width punctuation, plain spaces, Simplified script.
 * It has exactly the length of the input, so an offset found in it slices the printed text.
 * @example normalizeForMatch('（市衛生健康委牽頭）') // '(市卫生健康委牵头)'
 */
export function normalizeForMatch(line: string): string {
  const folded = line.replace(FOLDABLE, foldChar);
  // Only text with Chinese characters can change script.
  const simplified = /[\u3400-\u9fff]/.test(folded) ? toSimplified(folded) : folded;
  // OpenCC maps phrase to phrase; if a phrase ever changed length, fall back to the
  // width-folded text so offsets stay valid.
  return simplified.length === folded.length ? simplified : folded;
}

/** Convert Traditional text to Simplified (used for canonical names and slugs). */
export function toHans(text: string): string {
  return toSimplified(text);
}

/**
 * Whether more than `share` of the CJK characters change under Traditional→Simplified conversion.
 * @example changesScriptAbove('市衛生健康委牽頭', 0.05) // true
 */
export function changesScriptAbove(text: string, share: number): boolean {
  // A sample of the first 20,000 characters decides as well as the whole of a long notice.
  // (Every character of the range is one UTF-16 unit, so the string slices by characters.)
  const cjk = text.replace(/[^\u4e00-\u9fff]+/g, '').slice(0, 20_000);
  if (cjk.length === 0) return false;
  // Only a unit OpenCC can change may count, and some change wherever they stand, so most
  // notices are decided without converting them (issue 12): a Simplified one with a few such
  // characters (覆 of 覆盖 changes only in 反覆), a Traditional one by its 衛 and 區.
  const { least, most } = changedUnitBounds(cjk);
  if (most / cjk.length <= share) return false;
  if (least / cjk.length > share) return true;
  const converted = toSimplified(cjk);
  let changed = 0;
  for (let i = 0; i < cjk.length; i++) if (converted[i] !== cjk[i]) changed++;
  return changed / cjk.length > share;
}
