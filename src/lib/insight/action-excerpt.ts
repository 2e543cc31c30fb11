import { walkClauses } from '../clause-tree.ts';
import type { ActionEntry } from '../plan-entry.ts';

/**
 * The opening words of an action's text as printed: its own text, else its sub-clauses' headings
 * and texts in order, cut at `max` characters with "…", so a theme page shows what each place
 * promised without a click.
 * @example actionExcerpt(cixiTobacco, 20) // "贯彻落实《文明行为促进条例》和《爱国卫生条…"
 */
export function actionExcerpt(action: ActionEntry, max = 120): string {
  const parts = [...walkClauses([action.clause])].flatMap((clause, index) => [index === 0 ? '' : (clause.heading ?? ''), clause.text]);
  const text = parts.filter(Boolean).join(' ');
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
