import type { PlanEntry } from '../plan-entry.ts';
import { periodLabel, textLang } from '../plan-format.ts';
import { planTime } from './chronology.ts';
import type { ComparePlan } from './compare-data.ts';
import { matchActions, type ChangeRow, type ComparedAction } from './match-actions.ts';

/** A plan's actions as the comparison sees them: heading and own text, themes, lead units by name. */
export function comparedActions(entry: PlanEntry): ComparedAction[] {
  const themes = new Map(entry.plan.insight.themes.map((t) => [t.action, t.themes.map((hit) => hit.theme)]));
  return entry.actions.map(({ action, clause }) => ({
    id: action.id,
    label: `${action.number}${action.title}`,
    text: `${action.title}${clause.text}`,
    themes: themes.get(action.id) ?? [],
    lead: action.lead.map((slug) => entry.units.get(slug)?.name ?? slug),
  }));
}

/** Two plans compared: the older one's actions matched to the newer one's (match-actions.ts). */
export function comparePlans(older: PlanEntry, newer: PlanEntry): ChangeRow[] {
  return matchActions(comparedActions(older), comparedActions(newer));
}

/** The slug of a comparison page: both plans' slugs, older first. */
export const compareSlug = (older: string, newer: string): string => `${older}--${newer}`;

/** A plan's data for the browser's any-two comparison (compare-data.ts): the same actions comparePlans() matches. */
export function comparePlanData(entry: PlanEntry): ComparePlan {
  const { plan } = entry;
  return {
    ...planTime(plan),
    title: plan.planTitle,
    place: plan.jurisdiction.placeHans,
    label: periodLabel(plan),
    lang: textLang(plan) ?? null,
    actions: comparedActions(entry),
  };
}
