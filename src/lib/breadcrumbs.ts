import { t } from '../i18n/zh-CN.ts';
import type { Plan, Unit } from '../model/index.ts';
import { navLabel } from './clause-tree.ts';
import type { ActionEntry } from './plan-entry.ts';
import { provinceCrumb } from './provinces.ts';
import { placeKey } from './slices.ts';
import { clauseUrl, paths, planUrl, url } from './urls.ts';

/** One step of a breadcrumb trail; the current page has no href. */
export interface Crumb {
  label: string;
  href?: string;
}

// Crumbs are made when a page renders, never once at load: url() writes each link for the page it is on.
const home = (): Crumb => ({ label: t.nav.home, href: url(paths.home()) });
const plans = (): Crumb => ({ label: t.nav.plans, href: url(paths.plans()) });

/** Home › 规划 › the plan (current), or › the plan › a sub-page such as the source view. */
export function planCrumbs(plan: Plan, subPage?: string): Crumb[] {
  if (!subPage) return [home(), plans(), { label: plan.planTitle }];
  return [home(), plans(), { label: plan.planTitle, href: planUrl(plan.slug) }, { label: subPage }];
}

/** Home › 规划 › the plan › its part › its chapter › the action (current); ancestors link into the plan page. */
export function actionCrumbs(entry: ActionEntry): Crumb[] {
  const { plan } = entry;
  return [
    home(),
    plans(),
    { label: plan.planTitle, href: planUrl(plan.slug) },
    ...entry.ancestors.map((clause) => ({ label: navLabel(clause), href: clauseUrl(plan.slug, clause.id) })),
    { label: `${entry.action.number}${entry.action.title}` },
  ];
}

/** Home › an index or other top-level page (current), optionally with its parents between, outermost first. */
export function sectionCrumbs(label: string, ...parents: Crumb[]): Crumb[] {
  return [home(), ...parents, { label }];
}

/** The crumb of the actions index, parent of every actions slice page. */
export const actionsCrumb = (): Crumb => ({ label: t.nav.actions, href: url(paths.actions()) });

/** The crumb of the units index, parent of every unit page, place and province of units, and the function comparison. */
export const unitsCrumb = (): Crumb => ({ label: t.nav.units, href: url(paths.units()) });

/** Home › 责任单位 › the unit's province › its place › the unit (current), as the place's units page shows the first steps. */
export function unitCrumbs(unit: Unit): Crumb[] {
  const { placeHans, province } = unit.jurisdiction;
  return sectionCrumbs(
    unit.name,
    unitsCrumb(),
    ...provinceCrumb({ provinces: [province] }, (key) => url(paths.unitsProvince(key))),
    { label: placeHans, href: url(paths.unitsPlace(placeKey(placeHans))) },
  );
}

/** Home › each step given (the last, current, without href): the trail of a slice of a split list. */
export function trailCrumbs(...steps: Crumb[]): Crumb[] {
  return [home(), ...steps];
}
