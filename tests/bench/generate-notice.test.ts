import { Converter } from 'opencc-js/cn2t';
import { expect, test } from 'vitest';
import { generateNotice } from '../../scripts/bench/generate-notice.ts';
import { Random } from '../../scripts/bench/random.ts';
import { seedMaterial } from '../../scripts/bench/seed-material.ts';
import { readNotice } from '../../scripts/ingest/read-notice.ts';
import { seedFiles, seedPlan } from '../support/seeds.ts';

const material = seedMaterial(seedFiles.map((f) => seedPlan(f.slice(0, 3))));
const toTraditional = Converter({ from: 'cn', to: 'tw' });

test('seed material is rich enough to vary notices', () => {
  expect(material.sentences.length).toBeGreaterThan(100);
  expect(material.headings.length).toBeGreaterThan(20);
  expect(material.units.length).toBeGreaterThan(30);
});

test('generated notices (every list style, task tables, damage, both scripts) parse to the actions and units they were built with', () => {
  const rng = new Random(7);
  const shapes = new Set<string>();
  for (let i = 0; i < 80; i++) {
    const notice = generateNotice(i, rng, material);
    const outcome = readNotice(`g${i}.txt`, Buffer.from(notice.text));
    if (!outcome.ok) throw new Error(outcome.error);
    const { plan } = outcome;
    // Each action's units as printed, by role, from the lists the parser read for it.
    const got = plan.actions.map((a) => {
      const units = a.assignments.flatMap((k) => plan.assignments[k]!.units);
      return { lead: units.filter((u) => u.role === 'lead').map((u) => u.printed), participating: units.filter((u) => u.role !== 'lead').map((u) => u.printed) };
    });
    const printed = (names: string[]) => (notice.traditional ? names.map((n) => toTraditional(n)) : names);
    const want = notice.expected.map((e) => ({ lead: printed(e.lead), participating: printed(e.participating) }));
    expect(got, `notice ${i}`).toEqual(want);
    for (const d of plan.diagnostics) shapes.add(d.code);
    if (/序号/.test(notice.text)) shapes.add('task-table');
  }
  // The corpus holds the damaged shapes too, each read and reported.
  expect([...shapes].filter((s) => ['task-table', 'unit-list-unclosed', 'unit-list-unopened', 'unit-split'].includes(s)).sort()).toEqual([
    'task-table', 'unit-list-unclosed', 'unit-list-unopened', 'unit-split',
  ]);
});

test('the same seed generates the same corpus', () => {
  const a = generateNotice(3, new Random(99), material).text;
  const b = generateNotice(3, new Random(99), material).text;
  expect(a).toBe(b);
});
