import type { Clause, Diagnostic } from '../model/index.ts';
import { walkClauses } from './clause-tree.ts';

/** Diagnostics attached to the clause a reader sees them beside, and those outside every clause. */
export interface PlacedDiagnostics {
  byClause: Map<string, Diagnostic[]>;
  /** Clause id of each placed diagnostic, for the page's list of notes. */
  clauseOf: Map<Diagnostic, string>;
  unplaced: Diagnostic[];
}

/**
 * Attach each diagnostic to the innermost clause whose line range covers its line. Sibling ranges
 * do not overlap, so in document order the last covering clause is the innermost one.
 */
export function placeDiagnostics(clauses: readonly Clause[], diagnostics: readonly Diagnostic[]): PlacedDiagnostics {
  const byClause = new Map<string, Diagnostic[]>();
  const clauseOf = new Map<Diagnostic, string>();
  const unplaced: Diagnostic[] = [];
  const all = [...walkClauses(clauses)];
  for (const diagnostic of diagnostics) {
    let home: Clause | undefined;
    for (const clause of all) {
      if (clause.lines.start <= diagnostic.line && diagnostic.line <= clause.lines.end) home = clause;
    }
    if (!home) {
      unplaced.push(diagnostic);
      continue;
    }
    byClause.set(home.id, [...(byClause.get(home.id) ?? []), diagnostic]);
    clauseOf.set(diagnostic, home.id);
  }
  return { byClause, clauseOf, unplaced };
}
