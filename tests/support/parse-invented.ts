import { readNotice } from '../../scripts/ingest/read-notice.ts';
import type { Clause, Plan } from '../../src/model/index.ts';

/** Parse an invented notice (lines, or the whole text) into its plan; a refused notice fails the test. */
export function parseInvented(text: string | readonly string[], file = 'invented.txt'): Plan {
  const outcome = readNotice(file, Buffer.from(typeof text === 'string' ? text : text.join('\n')));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

/** The printed numbers of a plan's clauses in reading order; an inferred one as (value). */
export function printedNumbers(plan: Plan): string[] {
  const out: string[] = [];
  const walk = (cs: readonly Clause[]) => cs.forEach((c) => (c.number && out.push(c.number.printed ?? `(${c.number.value})`), walk(c.children)));
  walk(plan.clauses);
  return out;
}
