import { DATE_LINE } from './patterns.ts';

/** How an issuing body's name ends (青山县人民政府办公室, 临江市卫生健康委员会, 县爱卫办, 健康青山建设领导小组). */
export const ISSUER_END = /(委员会|人民政府|政府|办公室|办公厅|局|委|厅|办|中心|领导小组|小组|指挥部)$/;

// A date as a signature prints it, spaces allowed (PDF text spaces its digits: 2021 年 6 月 18 日).
const SIGNATURE_DATE = /((19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零0O一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/;

/**
 * Read a signature line: a date alone, or a short issuer's name and the date on one line (a page
 * that lost the line break between them). Returns where the date starts in the trimmed text, and
 * the issuer before it, or null when the line is no signature.
 * @example readSignature('青山县人民政府办公室 2021年6月18日') // { issuer: '青山县人民政府办公室', dateAt: 11 }
 * @example readSignature('2021年6月18日') // { issuer: null, dateAt: 0 }
 */
export function readSignature(norm: string): { issuer: string | null; dateAt: number } | null {
  const t = norm.trim();
  if (DATE_LINE.test(t.replace(/\s+/g, ''))) return { issuer: null, dateAt: 0 };
  const date = SIGNATURE_DATE.exec(t);
  if (!date) return null;
  const issuer = t.slice(0, date.index).trim();
  if (!isIssuerName(issuer)) return null;
  return { issuer, dateAt: date.index };
}

/** An issuing body's name alone on a line (青山县卫生健康局), as printed under a plan title or above a date. */
export function isIssuerName(norm: string): boolean {
  const t = norm.trim();
  return t.length >= 4 && t.length <= 30 && ISSUER_END.test(t) && !/[,,。;:、《》]/.test(t);
}
