import type { Action, PlanCore } from '../../src/model/index.ts';
import type { ActionThemes, ThemeHit } from '../../src/model/insight.ts';
import { toHans } from '../parse/normalize.ts';
import { actionText, indexPlan, type PlanIndex } from './action-text.ts';
import { matchThemes } from './match-themes.ts';
import { THEMES } from './themes.ts';

/**
 * How often a theme's keywords must occur in an action's text to count when its title already
 * names a theme: long texts mention topics in passing ("…控烟限酒、心理健康等内容"), and one
 * mention does not make an action about them. An action whose title names nothing needs one.
 */
export const TEXT_MIN_COUNT = 2;

const order = new Map(THEMES.map((t, i) => [t.slug, i]));

function themesOf(plan: PlanCore, action: Action, index: PlanIndex): ThemeHit[] {
  const fromTitle = matchThemes(toHans(action.title), THEMES, 'title');
  const min = fromTitle.length > 0 ? TEXT_MIN_COUNT : 1;
  const fromText = matchThemes(actionText(plan, action, index), THEMES, 'text').filter(
    (m) => m.count >= min && !fromTitle.some((t) => t.theme === m.theme),
  );
  const hits: ThemeHit[] = [
    ...fromTitle.map((m) => ({ theme: m.theme, keyword: m.keyword, where: 'title' as const })),
    ...fromText.map((m) => ({ theme: m.theme, keyword: m.keyword, where: 'text' as const })),
  ];
  if (hits.length === 0) {
    // A bare title and text ("加强人才支撑") take the theme of the part they are printed under.
    const ancestors = index.clauses.get(action.id)?.ancestors ?? [];
    for (const clause of [...ancestors].reverse()) {
      const fromParent = matchThemes(toHans(clause.heading ?? ''), THEMES, 'title');
      if (fromParent.length === 0) continue;
      hits.push(...fromParent.map((m) => ({ theme: m.theme, keyword: m.keyword, where: 'parent' as const })));
      break;
    }
  }
  return hits.sort((a, b) => order.get(a.theme)! - order.get(b.theme)!);
}

/**
 * The themes of every action of a plan, in the plan's order: keywords in the title first, then
 * in the action's text (its clause and descendants, unit lists taken out), then in the heading
 * of the part it belongs to.
 * @example assignThemes(plan)[0] // { action: 'c1-1', themes: [{ theme: 'health-literacy', keyword: '健康教育', where: 'title' }, …] }
 */
export function assignThemes(plan: PlanCore): ActionThemes[] {
  const index = indexPlan(plan);
  return plan.actions.map((action) => ({ action: action.id, themes: themesOf(plan, action, index) }));
}
