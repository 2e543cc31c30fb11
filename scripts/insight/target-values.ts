/** A number as printed with its unit, e.g. "9.5/10万", "2万人", "800份/百万人". */
export interface ValueToken {
  start: number;
  end: number;
  value: number;
  /** Normalized unit: %, ‰, 个, 人, 份/百万人, /10万, 平方米… */
  unit: string;
  /** Durations (小时) are targets only with a strict comparator (不少于1小时), not in 1小时交通圈. */
  duration: boolean;
}

// A rate's base: /10万, /千人, /百万人, /5万人.
const RATE = String.raw`/\d*(?:百万|十万|万|千|百)人?`;
const MEASURES = ['μg/m3', 'µg/m3', 'μg/m³', 'mg/m3', '平方公里', '平方米', '公里', '千米', '%', '‰', '万元', '亿元', '元'];
const CLASSIFIERS = ['人次', '批次', '个', '家', '座', '条', '所', '项', '套', '次', '种', '类', '张', '场', '床', '辆', '台', '支', '件', '份', '户', '人', '名', '间', '处'];
const DURATIONS = ['小时', '分钟'];
// Read so a date, an age or a count of years is not taken for a target: 8月8日, 65岁, 5年攻坚行动.
const NOT_TARGETS = ['周岁', '年', '月', '日', '岁', '周', '天', '届', '期', '倍', '部门', '大类'];

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
const UNIT = [
  `(?:${byLength(CLASSIFIERS).join('|')})(?:${RATE})?`,
  RATE,
  ...byLength([...MEASURES, ...DURATIONS, ...NOT_TARGETS]),
].join('|');

// Not after a digit, letter, dot or slash (the tail of 9.5/10万 is not a number of its own), nor after 第 (an ordinal).
const VALUE = new RegExp(String.raw`(?<![\dA-Za-z./第])(\d+(?:\.\d+)?)\s*(万|亿)?(${UNIT})?`, 'g');

/**
 * Every number with a target unit in a masked, normalized line. Numbers with no unit (120急救),
 * or with a unit that is never a target (年, 岁, 月, 日, 届) are left out.
 * @example findValues('分别控制在9.5/10万、6.5‰和8‰以下').map((v) => `${v.value}${v.unit}`) // ['9.5/10万', '6.5‰', '8‰']
 */
export function findValues(masked: string): ValueToken[] {
  const out: ValueToken[] = [];
  for (const m of masked.matchAll(VALUE)) {
    const [whole, digits, big, unit] = m;
    if (!unit || NOT_TARGETS.includes(unit)) continue;
    const scale = big === '万' ? 10_000 : big === '亿' ? 100_000_000 : 1;
    out.push({
      start: m.index,
      end: m.index + whole.length,
      value: Number(digits) * scale,
      unit: unit.replace('µ', 'μ').replace('m³', 'm3'),
      duration: DURATIONS.includes(unit),
    });
  }
  return out;
}

/** Units that count things: a count printed before a noun takes the noun into its metric (建设15家检测室). */
export function isClassifier(unit: string): boolean {
  return CLASSIFIERS.some((c) => unit === c || unit.startsWith(`${c}/`));
}

/** Values printed together, sharing one qualifier: 9.5/10万、6.5‰和8‰以下; 96.50%98%以上. */
export interface Run {
  tokens: ValueToken[];
  start: number;
  end: number;
}

/**
 * Values printed next to each other, or joined only by 、和及与, as one run.
 * @example groupRuns(findValues('分别达77%、80%以上'), '分别达77%、80%以上').length // 1
 */
export function groupRuns(values: readonly ValueToken[], masked: string): Run[] {
  const runs: Run[] = [];
  for (const v of values) {
    const last = runs.at(-1);
    if (last && /^[、和及与]?$/.test(masked.slice(last.end, v.start))) {
      last.tokens.push(v);
      last.end = v.end;
    } else runs.push({ tokens: [v], start: v.start, end: v.end });
  }
  return runs;
}
