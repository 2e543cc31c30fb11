import { expect, test } from 'vitest';
import { generateNotice } from '../../scripts/bench/generate-notice.ts';
import { Random } from '../../scripts/bench/random.ts';
import { seedMaterial } from '../../scripts/bench/seed-material.ts';
import { readNotice } from '../../scripts/ingest/read-notice.ts';
import { seedFiles, seedPlan } from '../support/seeds.ts';

const material = seedMaterial(seedFiles.map((f) => seedPlan(f.slice(0, 3))));

test('seed material is rich enough to vary notices', () => {
  expect(material.sentences.length).toBeGreaterThan(100);
  expect(material.headings.length).toBeGreaterThan(20);
  expect(material.units.length).toBeGreaterThan(30);
});

test('generated notices (three list styles, both scripts) parse to the actions they were built with', () => {
  const rng = new Random(7);
  for (let i = 0; i < 60; i++) {
    const notice = generateNotice(i, rng, material);
    const outcome = readNotice(`g${i}.txt`, Buffer.from(notice.text));
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.plan.actions.length, `notice ${i}`).toBe(notice.expectedActions);
    expect(outcome.plan.actions.every((a) => a.lead.length + a.participating.length > 0), `notice ${i}`).toBe(true);
  }
});

test('the same seed generates the same corpus', () => {
  const a = generateNotice(3, new Random(99), material).text;
  const b = generateNotice(3, new Random(99), material).text;
  expect(a).toBe(b);
});
