import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readNotice } from '../scripts/ingest/read-notice.ts';

// Notices written for these tests in formats the seeds do not show (no cover notice, 1、 items,
// per-item lists, (1) sub-items under standalone group lists): the rules must generalize.
const DIR = join(import.meta.dirname, 'fixtures', 'notices');

interface Expected {
  slug: string;
  planTitle: string;
  documentNumber: string | null;
  script: string;
  actions: Array<{ number: string; lead: string[]; participating: string[] }>;
  dropped: Record<string, number>;
}

describe.each(readdirSync(DIR))('%s', (name) => {
  const expected: Expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8'));
  const outcome = readNotice(`${name}.txt`, readFileSync(join(DIR, name, 'notice.txt')));
  if (!outcome.ok) throw new Error(outcome.error);
  const { plan } = outcome;
  const nameOf = (slug: string) => plan.units.find((u) => u.slug === slug)!.name;

  test('document facts', () => {
    expect({ slug: plan.slug, planTitle: plan.planTitle, documentNumber: plan.documentNumber, script: plan.script }).toEqual({
      slug: expected.slug, planTitle: expected.planTitle, documentNumber: expected.documentNumber, script: expected.script,
    });
  });
  test('actions and their units', () => {
    expect(plan.actions.map((a) => ({ number: a.number, lead: a.lead.map(nameOf), participating: a.participating.map(nameOf) }))).toEqual(expected.actions);
  });
  test('dropped lines by reason (blank lines aside)', () => {
    const counts: Record<string, number> = {};
    for (const l of plan.lines) if (l.dropped && l.dropped !== 'blank') counts[l.dropped] = (counts[l.dropped] ?? 0) + 1;
    expect(counts).toEqual(expected.dropped);
  });
});
