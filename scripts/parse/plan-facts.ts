import type { Period, PlanType, PrintedDate } from '../../src/model/index.ts';

/**
 * The plan period printed in its title: a range (2018—2020年, (2017-2019年)) or one year.
 * @example readPeriod('健康桓仁建设2018—2020年任务分工') // { start: 2018, end: 2020 }
 */
export function readPeriod(titleNorm: string): Period | null {
  const range = /((?:19|20)\d{2})\s*年?\s*[-—–~至到]+\s*((?:19|20)\d{2})/.exec(titleNorm);
  if (range) return { start: Number(range[1]), end: Number(range[2]) };
  const year = /((?:19|20)\d{2})年/.exec(titleNorm);
  return year ? { start: Number(year[1]), end: Number(year[1]) } : null;
}

const PLAN_TYPES: Array<[RegExp, PlanType]> = [
  [/任务分工/, '任务分工'],
  [/工作要点/, '工作要点'],
  [/实施方案/, '实施方案'],
  [/行动方案/, '行动方案'],
  [/行动计划/, '行动计划'],
  [/规划/, '规划'],
];

/** The kind of plan its title names (工作要点, 实施方案, 任务分工…). */
export function readPlanType(titleNorm: string): PlanType {
  return PLAN_TYPES.find(([re]) => re.test(titleNorm))?.[1] ?? '其他';
}

/**
 * The plan's slug: place pinyin with its period, else the year of its earliest known date.
 * @example planSlug('huanren', { start: 2018, end: 2020 }, []) // 'huanren-2018-2020'
 */
export function planSlug(placeSlug: string, period: Period | null, dates: ReadonlyArray<PrintedDate | null>): string {
  if (period) return period.start === period.end ? `${placeSlug}-${period.start}` : `${placeSlug}-${period.start}-${period.end}`;
  const years = dates.flatMap((d) => (d?.iso ? [d.iso.slice(0, 4)] : [])).sort();
  return years[0] ? `${placeSlug}-${years[0]}` : placeSlug;
}
