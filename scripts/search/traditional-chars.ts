/**
 * The characters folding to Simplified changes, written into the search client so it loads the
 * converter (53 KB gzipped) only for a query holding one: every character OpenCC's t2cn changes on
 * its own, plus any the records' folding changed in context (phrase conversion). Pure, given the converter.
 */
import { packChars } from '../../src/lib/search/char-set.ts';
import { foldWidth, type ToHans } from '../../src/lib/search/fold.ts';
import { printedFields, type SearchRecord } from '../../src/lib/search/record.ts';

// CJK Unified Ideographs, Extension A, compatibility ideographs and Extensions B–F.
const RANGES: readonly [number, number][] = [
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2ebef],
];

/** The characters, packed for the client (char-set.ts). */
export function traditionalChars(toHans: ToHans, records: readonly SearchRecord[]): string {
  const chars = new Set<string>();
  for (const [first, last] of RANGES) {
    for (let code = first; code <= last; code++) {
      const char = String.fromCodePoint(code);
      if (toHans(char) !== char) chars.add(char);
    }
  }
  for (const record of records) {
    if (!record.hans) continue;
    printedFields(record).forEach((field, i) => {
      const width = foldWidth(field);
      const hans = record.hans![i]!;
      for (let at = 0; at < width.length; at++) if (width[at] !== hans[at]) chars.add(String.fromCodePoint(width.codePointAt(at)!));
    });
  }
  return packChars(chars);
}
