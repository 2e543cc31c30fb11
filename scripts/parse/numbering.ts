import type { NumberStyle } from '../../src/model/index.ts';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_DIGITS = '零一二三四五六七八九';

/**
 * Read a Chinese numeral up to the hundreds.
 * @example parseChineseNumeral('十二') // 12
 * @example parseChineseNumeral('二十') // 20
 */
export function parseChineseNumeral(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = DIGITS[ch]!;
    }
  }
  total += digit;
  return total > 0 ? total : null;
}

/**
 * Write a number as a Chinese numeral.
 * @example formatChineseNumeral(11) // '十一'
 */
export function formatChineseNumeral(value: number): string {
  if (value < 10) return CN_DIGITS[value]!;
  if (value < 20) return '十' + (value % 10 ? CN_DIGITS[value % 10] : '');
  if (value < 100) return CN_DIGITS[Math.floor(value / 10)] + '十' + (value % 10 ? CN_DIGITS[value % 10] : '');
  return String(value);
}

/** The rank of each numbering style in the genre's outline (GB/T 9704): 一、 > (一) > 1. > (1) > ①. */
export const STYLE_RANK: Record<NumberStyle, number> = {
  'cn-dun': 0,
  'cn-paren': 1,
  'arabic-dot': 2,
  'arabic-paren': 3,
  circled: 4,
};

/** The canonical label of a number in a style, as used in citations. */
export function formatLabel(style: NumberStyle, value: number): string {
  switch (style) {
    case 'cn-dun':
      return formatChineseNumeral(value) + '、';
    case 'cn-paren':
      return '(' + formatChineseNumeral(value) + ')';
    case 'arabic-dot':
      return value + '.';
    case 'arabic-paren':
      return '(' + value + ')';
    case 'circled':
      return String.fromCharCode(0x2460 + value - 1);
  }
}

/** A number marker found at the start of a line. */
export interface Marker {
  style: NumberStyle;
  /** 0 when the numeral was lost (、规划背景): the tree infers it. */
  value: number;
  /** The marker as printed, e.g. "(四))" or "5 .". */
  printed: string;
  /** Length of the marker in the line, including spaces after it. */
  length: number;
  /** A damaged marker that was still read (stray bracket, space before the stop). */
  typo: string | null;
}

// Matched against the normalized line (half-width brackets and stops, Simplified script).
const CN_DUN = /^ *([零〇一二三四五六七八九十百]{1,4}) *[、.] */;
const CN_PART = /^ *第([零〇一二三四五六七八九十百]{1,4})(?:部分|章|篇) */;
const CN_PAREN = /^ *\( *([零〇一二三四五六七八九十百]{1,4}) *\)(\)?) */;
// Damage to the first rank: a dash printed for 一 (—、总体目标); the numeral lost (、规划背景),
// read only before a short heading so a list wrapped onto a line starting with 、 is not taken.
const CN_DUN_DASH = /^ *[—-] *、 */;
const CN_DUN_LOST = /^ *、 *(?=[\u4e00-\u9fff][^、,。;:()]{1,29}$)/;
// 1–2 digits then a stop; "1.2018年" is item 1 whose text begins with the year.
const ARABIC_DOT = /^ *(\d{1,2})( *)[.、](?!\d{1,3}(?:[%‰倍元万亿个]|\.\d|$)) */;
const ARABIC_PAREN = /^ *\( *(\d{1,2}) *\) */;
const CIRCLED = /^ *([\u2460-\u2473]) */;

/**
 * Read the numbering marker at the start of a normalized line, if any.
 * @example readMarker('(四))提升群众') // { style: 'cn-paren', value: 4, typo: 'extra closing bracket', … }
 */
export function readMarker(line: string): Marker | null {
  let m = CN_PAREN.exec(line);
  if (m) {
    const value = parseChineseNumeral(m[1]!);
    if (value === null) return null;
    return { style: 'cn-paren', value, printed: m[0].trim(), length: m[0].length, typo: m[2] ? 'extra closing bracket' : null };
  }
  m = CN_PART.exec(line);
  if (m) {
    const value = parseChineseNumeral(m[1]!);
    if (value !== null) return { style: 'cn-dun', value, printed: m[0].trim(), length: m[0].length, typo: null };
  }
  m = CN_DUN_DASH.exec(line);
  if (m) return { style: 'cn-dun', value: 1, printed: m[0].trim(), length: m[0].length, typo: 'a dash printed for 一' };
  m = CN_DUN_LOST.exec(line);
  if (m) return { style: 'cn-dun', value: 0, printed: m[0].trim(), length: m[0].length, typo: 'numeral lost' };
  m = CN_DUN.exec(line);
  if (m) {
    const value = parseChineseNumeral(m[1]!);
    if (value === null) return null;
    return { style: 'cn-dun', value, printed: m[0].trim(), length: m[0].length, typo: null };
  }
  m = ARABIC_PAREN.exec(line);
  if (m) return { style: 'arabic-paren', value: Number(m[1]), printed: m[0].trim(), length: m[0].length, typo: null };
  m = ARABIC_DOT.exec(line);
  if (m && Number(m[1]) > 0) {
    return {
      style: 'arabic-dot',
      value: Number(m[1]),
      printed: m[0].trim(),
      length: m[0].length,
      typo: m[2] ? 'space before the stop' : null,
    };
  }
  m = CIRCLED.exec(line);
  if (m) return { style: 'circled', value: m[1]!.charCodeAt(0) - 0x2460 + 1, printed: m[0].trim(), length: m[0].length, typo: null };
  return null;
}
