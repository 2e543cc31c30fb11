/** A printed deadline: 到2018年底, 2018年底前, 力争至2019年底, 在2022年前, 2017年至2019年. */
export interface DeadlineMark {
  start: number;
  end: number;
  /** The year the deadline falls in; for a span of years, its last. */
  year: number;
  /** The first year of a span (2017年至2019年), else the same as year. */
  from: number;
}

const YEAR = String.raw`(?<!\d)((?:19|20)\d{2})\s*年`;
// 2018年度 names a year's quota, not a deadline; 年底 and 年末 are.
const DEADLINE = new RegExp(
  String.raw`(?:力争到|力争至|争取到|到|至|在)?${YEAR}(?:\s*(?:至|-|—|–|到)\s*${YEAR})?(?:底|末)?(?:前|以前|之前)?(?!度)`,
  'g',
);

/**
 * Every deadline phrase of a masked line, in order.
 * @example findDeadlines('到2018年底全区中小学规范化心理辅导室比例达到85%以上') // [{ start: 0, end: 7, year: 2018, from: 2018 }]  (到2018年底)
 */
export function findDeadlines(masked: string): DeadlineMark[] {
  const out: DeadlineMark[] = [];
  for (const m of masked.matchAll(DEADLINE)) {
    const from = Number(m[1]);
    const year = m[2] ? Number(m[2]) : from;
    out.push({ start: m.index, end: m.index + m[0].length, year, from });
  }
  return out;
}

/** A deadline phrase at the very start of a text (after a dash or spaces), which sets the year of what follows. */
export function leadingDeadline(masked: string): DeadlineMark | null {
  const first = findDeadlines(masked)[0];
  if (!first) return null;
  return /^[\s—-]*$/.test(masked.slice(0, first.start)) ? first : null;
}
