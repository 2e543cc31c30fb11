import type { PrintedDate } from '../../src/model/index.ts';
import { parseChineseNumeral } from './numbering.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Read a printed date (normalized text). Damaged digit runs such as "201761" are read as
 * year, month, day when only one split is a valid date, and marked as guessed.
 * @example readDate('2018年10月25日') // { iso: '2018-10-25', printed: '2018年10月25日', guessed: false }
 * @example readDate('201761') // { iso: '2017-06-01', printed: '201761', guessed: true }
 * @example readDate('二○一○年三月十七日') // { iso: '2010-03-17', … guessed: false }
 */
export function readDate(printed: string): PrintedDate | null {
  const text = printed.trim();
  const cn = /^([〇○零0O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/.exec(text);
  if (cn) {
    const year = Number([...cn[1]!].map((d) => ('○〇0O'.includes(d) ? '0' : String(parseChineseNumeral(d) ?? 0))).join(''));
    return { iso: iso(year, parseChineseNumeral(cn[2]!) ?? 0, parseChineseNumeral(cn[3]!) ?? 0), printed: text, guessed: false };
  }
  let m = /^((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/.exec(text);
  if (m) return { iso: iso(Number(m[1]), Number(m[2]), Number(m[3])), printed: text, guessed: false };
  m = /^((?:19|20)\d{2})(\d{2,4})$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    const rest = m[2]!;
    const readings = new Set<string>();
    for (let cut = 1; cut < rest.length; cut++) {
      const mm = rest.slice(0, cut);
      const dd = rest.slice(cut);
      if (mm.length > 2 || dd.length > 2) continue;
      const value = iso(y, Number(mm), Number(dd));
      if (value) readings.add(value);
    }
    const [only] = readings;
    return { iso: readings.size === 1 ? only! : null, printed: text, guessed: true };
  }
  return null;
}
