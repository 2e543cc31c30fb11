/** A 文号 printed right after a cited title: its canonical form and where its brackets end. */
export interface CitedNumber {
  /** Canonical 文号: 〔〕 around the year and 号 at the end, e.g. 浙红〔2018〕48号. */
  number: string;
  /** Offset after the closing ) (or after the 文号 when the ) was cut). */
  end: number;
}

// After normalization ( ) are half-width and ﹝﹞ are 〔〕; the year may sit in 〔〕 [] () 【】,
// 号 may be missing (浙体群〔2015〕313) and the closing ) may be cut.
const NUMBER_AFTER = /^\s*\(\s*([\u4e00-\u9fff]{1,12})\s*[〔[(【]\s*((?:19|20)\d{2})\s*[〕\])】]\s*第?\s*(\d{1,5})\s*号?\s*\)?/;

/**
 * The 文号 printed in brackets at `at` (just after a 》), or null.
 * @example readCitedNumber('(浙红﹝2018﹞48号)等', 0) // { number: '浙红〔2018〕48号', end: 11 }
 */
export function readCitedNumber(norm: string, at: number): CitedNumber | null {
  const match = NUMBER_AFTER.exec(norm.slice(at));
  if (!match) return null;
  const [whole, organ, year, serial] = match;
  return { number: `${organ}〔${year}〕${Number(serial)}号`, end: at + whole.trimEnd().length };
}
