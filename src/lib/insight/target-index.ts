import type { Target, ThemeSlug } from '../../model/index.ts';
import type { ActionEntry, PlanEntry } from '../plan-entry.ts';
import { clauseLabel } from './clause-label.ts';
import { enclosingAction } from './enclosing-action.ts';
import type { ThemeIndex } from './theme-index.ts';

/** A quantitative target with its plan, the clause it cites and the action (and so the themes) it belongs to. */
export interface TargetEntry {
  entry: PlanEntry;
  target: Target;
  /** 1-based position among the plan's targets, in reading order. */
  position: number;
  /** The clause's citation label, e.g. "二、(二)9." or "一、第3段". */
  clause: string;
  /** The action whose clause holds the target; undefined for goals outside every action. */
  action: ActionEntry | undefined;
  /** The themes of that action, in taxonomy order, without repeats. */
  themes: ThemeSlug[];
}

/** Every target of a plan, in reading order, with its clause, action and themes. */
export function planTargets(entry: PlanEntry, themes: ThemeIndex): TargetEntry[] {
  return entry.plan.insight.targets.map((target, index) => {
    const action = enclosingAction(entry, target.clauseId);
    return {
      entry,
      target,
      position: index + 1,
      clause: clauseLabel(entry, target.clauseId),
      action,
      themes: action ? [...new Set(themes.hitsOf(action).map((hit) => hit.theme))] : [],
    };
  });
}

/** Targets grouped by the themes of their actions (a target of a two-theme action is in both), in taxonomy order; goals outside every action come last under `null`. */
export function targetsByTheme(targets: readonly TargetEntry[], order: readonly ThemeSlug[]): { theme: ThemeSlug | null; targets: TargetEntry[] }[] {
  const groups = order.map((theme) => ({ theme: theme as ThemeSlug | null, targets: targets.filter((entry) => entry.themes.includes(theme)) }));
  groups.push({ theme: null, targets: targets.filter((entry) => entry.themes.length === 0) });
  return groups.filter((group) => group.targets.length > 0);
}
