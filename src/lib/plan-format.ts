import { t } from '../i18n/zh-CN.ts';
import type { Plan, PrintedDate } from '../model/index.ts';

/**
 * The plan's year or period for display.
 * @example periodLabel(huanren) // "2018—2020年"; periodLabel(cixi) // "2020年印发" (no period printed)
 */
export function periodLabel(plan: Plan): string {
  const { period } = plan;
  if (period) return period.start === period.end ? `${period.start}年` : `${period.start}—${period.end}年`;
  const year = sortDate(plan).slice(0, 4);
  return year ? `${year}${t.plan.issuedIn}` : t.plan.noPeriod;
}

/** The ISO date a plan is ordered by: published, else signed, else written, else its first year. */
export function sortDate(plan: Plan): string {
  const { published, signed, written } = plan.dates;
  return published?.iso ?? signed?.iso ?? written?.iso ?? (plan.period ? String(plan.period.start) : '');
}

/** A date as printed, marked when its reading was guessed from a damaged form. */
export function printedDate(date: PrintedDate): string {
  return date.guessed ? `${date.printed}${t.plan.guessed}` : date.printed;
}

/** The `lang` for the plan's own text: "zh-Hant" for a Traditional-script notice, else none (the page's zh-CN). */
export function textLang(plan: Plan): 'zh-Hant' | undefined {
  return plan.script === 'zh-Hant' ? 'zh-Hant' : undefined;
}
