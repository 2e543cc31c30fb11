import { describe, expect, test } from 'vitest';
import type { Clause } from '../src/model/index.ts';
import { findUnaccountedLines } from './support/line-owners.ts';
import { seedFiles, seedPlan } from './support/seeds.ts';

describe.each(seedFiles.map((f) => f.slice(0, 3)))('seed %s: nothing disappears', (seed) => {
  const plan = seedPlan(seed);
  test('every source line is kept with a role or dropped with a reason', () => {
    plan.lines.forEach((record, i) => {
      expect(record.line).toBe(i + 1);
      expect((record.role === null) !== (record.dropped === null)).toBe(true);
    });
  });
  test('the text of every kept line is in the model field it went to', () => {
    expect(findUnaccountedLines(plan)).toEqual([]);
  });
  test('every clause id is unique and ASCII; every assignment and action points at a clause', () => {
    const ids: string[] = [];
    const walk = (cs: readonly Clause[]) => cs.forEach((c) => (ids.push(c.id), walk(c.children)));
    walk(plan.clauses);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z][a-z0-9-]*$/.test(id))).toBe(true);
    for (const a of plan.assignments) expect(ids).toContain(a.clauseId);
    for (const a of plan.actions) expect(ids).toContain(a.id);
    const slugs = new Set(plan.units.map((u) => u.slug));
    for (const a of plan.assignments) for (const u of a.units) expect(slugs.has(u.unit)).toBe(true);
  });
});
