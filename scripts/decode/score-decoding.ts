import { isFrequentHanzi } from './frequent-hanzi.ts';

/** Counts behind a candidate decoding's score; all counts are of UTF-16 code units (an astral character counts once). */
export interface DecodingScore {
  /** The decision value: higher means more plausible Chinese text. */
  score: number;
  /** Han characters (CJK Unified Ideographs, Extension A, astral ideographs). */
  hanzi: number;
  /** Of those, high-frequency characters (see frequent-hanzi.ts). */
  frequent: number;
  /** Replacement characters, private-use characters and C1 controls: signs of a wrong decoding. */
  odd: number;
  /** Characters outside ASCII. */
  nonAscii: number;
}

/** Points for a frequent Han character: the right decoding is full of them. */
export const FREQUENT_POINTS = 1;
/**
 * Penalty for any other Han character. A right decoding of a seed has 2–4 % of them, a
 * wrong one ~88 %; the penalty is mild so a text with many rare names still wins.
 */
export const RARE_PENALTY = 0.5;
/**
 * Penalty for U+FFFD, private-use and C1 characters: a valid notice has none, so a
 * decoding producing them is very likely wrong (Big5 read as GB18030 lands in the
 * GB18030 user-defined areas, GB2312 read as Big5 hits unassigned pairs).
 */
export const ODD_PENALTY = 3;

/** Score one candidate decoding of a notice in a single linear pass. */
export function scoreDecoding(text: string): DecodingScore {
  let hanzi = 0;
  let frequent = 0;
  let odd = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high half
    nonAscii++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      hanzi++;
      if (isFrequentHanzi(c)) frequent++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      hanzi++; // astral: Extension B+ ideographs (GB18030 four-byte), never frequent
    } else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || c <= 0x9f) {
      odd++;
    }
  }
  const score = FREQUENT_POINTS * frequent - RARE_PENALTY * (hanzi - frequent) - ODD_PENALTY * odd;
  return { score, hanzi, frequent, odd, nonAscii };
}
