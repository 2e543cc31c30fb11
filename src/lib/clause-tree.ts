import type { Clause } from '../model/index.ts';

/** A clause with the chain of clauses above it, outermost first. */
export interface ClauseEntry {
  clause: Clause;
  ancestors: Clause[];
}

/** Every clause of an outline in document order (depth first, parents before children). */
export function* walkClauses(clauses: readonly Clause[]): Generator<Clause> {
  for (const clause of clauses) {
    yield clause;
    yield* walkClauses(clause.children);
  }
}

/** Every clause of an outline by id, each with its ancestors. */
export function indexClauses(clauses: readonly Clause[]): Map<string, ClauseEntry> {
  const index = new Map<string, ClauseEntry>();
  const visit = (list: readonly Clause[], ancestors: Clause[]): void => {
    for (const clause of list) {
      index.set(clause.id, { clause, ancestors });
      visit(clause.children, [...ancestors, clause]);
    }
  };
  visit(clauses, []);
  return index;
}

/** Whether a clause renders as a heading: a numbered outline node with a printed heading. */
export function hasHeading(clause: Clause): boolean {
  return clause.kind !== 'paragraph' && clause.heading !== null;
}

/**
 * The citation path of a clause: the canonical labels of itself and its numbered ancestors.
 * @example numberPath([part 一、, chapter (二), item 3.]) // "一、(二)3."
 */
export function numberPath(chain: readonly Clause[]): string {
  return chain.map((clause) => clause.number?.label ?? '').join('');
}

/**
 * A short label for navigation (table of contents, breadcrumbs): number and heading, without the
 * heading's closing full stop.
 * @example navLabel({ number: { label: '(一)' }, heading: '全面实行健康影响因素干预。' }) // "(一)全面实行健康影响因素干预"
 */
export function navLabel(clause: Clause): string {
  const heading = (clause.heading ?? '').replace(/[。．.;；]+$/u, '');
  return `${clause.number?.label ?? ''}${heading}`;
}
