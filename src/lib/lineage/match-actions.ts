import { diceScores } from './text-similarity.ts';

/** An action as the comparison sees it: its id, its words, its themes and its lead units by name. */
export interface ComparedAction {
  id: string;
  /** Number and title as readers see them, e.g. 一、(二)3.开展全民健身. */
  label: string;
  text: string;
  themes: readonly string[];
  lead: readonly string[];
}

/** How an action fares from the older plan to the newer one. */
export type ChangeKind = 'continued' | 'lead-changed' | 'new' | 'dropped';

/** One row of a comparison: an action of either plan or of both, and how alike the pair is. */
export interface ChangeRow {
  kind: ChangeKind;
  older: ComparedAction | null;
  newer: ComparedAction | null;
  /** The bigram Dice of the pair's words (0 for a new or dropped action). */
  similarity: number;
}

/** A pair this alike is the same task, whatever its themes. */
const SAME_TEXT = 0.5;
/** A pair sharing a theme needs less: the wording of a task drifts from year to year. */
const SAME_THEME_TEXT = 0.3;

const sameLead = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().every((name, i) => name === [...b].sort()[i]);

/**
 * Match the actions of two plans of one place by their words and themes: each pair is scored
 * by bigram Dice, and pairs are taken best first (ties in reading order), each action once.
 * A matched pair is continued, or lead-changed when its lead units differ; the rest of the
 * older plan are dropped and of the newer new. Rows follow the newer plan's order, each dropped
 * action right after the row of the older action printed before it.
 */
export function matchActions(older: readonly ComparedAction[], newer: readonly ComparedAction[]): ChangeRow[] {
  const pairs: { i: number; j: number; score: number }[] = [];
  const scores = diceScores(
    older.map((a) => a.text),
    newer.map((b) => b.text),
  );
  older.forEach((a, i) => {
    newer.forEach((b, j) => {
      const score = scores[i]![j]!;
      const themed = a.themes.some((theme) => b.themes.includes(theme));
      if (score >= SAME_TEXT || (themed && score >= SAME_THEME_TEXT)) pairs.push({ i, j, score });
    });
  });
  pairs.sort((x, y) => y.score - x.score || x.j - y.j || x.i - y.i);
  const matchOfOlder = new Map<number, { j: number; score: number }>();
  const matchedNewer = new Set<number>();
  for (const { i, j, score } of pairs) {
    if (matchOfOlder.has(i) || matchedNewer.has(j)) continue;
    matchOfOlder.set(i, { j, score });
    matchedNewer.add(j);
  }
  const olderOfNewer = new Map([...matchOfOlder].map(([i, { j, score }]) => [j, { i, score }]));
  const rows: ChangeRow[] = [];
  const listed = new Set<number>();
  // Unmatched older actions from `from` on, up to the next matched one, as dropped rows.
  const dropFrom = (from: number) => {
    for (let i = from; i < older.length && !matchOfOlder.has(i) && !listed.has(i); i++) {
      listed.add(i);
      rows.push({ kind: 'dropped', older: older[i]!, newer: null, similarity: 0 });
    }
  };
  dropFrom(0);
  newer.forEach((b, j) => {
    const match = olderOfNewer.get(j);
    if (!match) return void rows.push({ kind: 'new', older: null, newer: b, similarity: 0 });
    const a = older[match.i]!;
    rows.push({ kind: sameLead(a.lead, b.lead) ? 'continued' : 'lead-changed', older: a, newer: b, similarity: match.score });
    dropFrom(match.i + 1);
  });
  return rows;
}
