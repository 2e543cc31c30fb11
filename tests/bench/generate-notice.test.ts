import { expect, test } from 'vitest';
import { generateNotice, type GeneratedAction } from '../../scripts/bench/generate-notice.ts';
import { Random } from '../../scripts/bench/random.ts';
import { seedMaterial } from '../../scripts/bench/seed-material.ts';
import { readNotice } from '../../scripts/ingest/read-notice.ts';
import { toHans } from '../../scripts/parse/normalize.ts';
import type { Plan } from '../../src/model/index.ts';
import { seedFiles, seedPlan } from '../support/seeds.ts';

const material = seedMaterial(seedFiles.map((f) => seedPlan(f.slice(0, 3))));

test('seed material is rich enough to vary notices', () => {
  expect(material.sentences.length).toBeGreaterThan(100);
  expect(material.headings.length).toBeGreaterThan(20);
  expect(material.units.length).toBeGreaterThan(30);
});

/**
 * A parsed action and the action it was built with, side by side in Simplified script: number,
 * title, and units as the unit names they resolve to. A printed name resolves to the unit it is a
 * form of (its name or an alias: 区卫计局 and 区卫生计生局 are one unit); a name no unit answers to
 * stays as printed, so a lost or misread unit shows in the diff.
 */
function sideBySide(plan: Plan, built: GeneratedAction) {
  const unitNamed = (printed: string) =>
    plan.units.find((unit) => [unit.name, ...unit.aliases].map(toHans).includes(printed))?.name ?? printed;
  const nameOf = (slug: string) => plan.units.find((unit) => unit.slug === slug)?.name ?? slug;
  const action = plan.actions.find((a) => a.number === built.number);
  return {
    read: action && {
      number: action.number,
      title: toHans(action.title),
      lead: action.lead.map(nameOf),
      participating: action.participating.map(nameOf),
    },
    built: {
      number: built.number,
      lead: [...new Set(built.lead.map(unitNamed))],
      participating: [...new Set(built.participating.map(unitNamed))],
    },
  };
}

test('generated notices (three list styles, both scripts) parse to the actions they were built with', () => {
  const rng = new Random(7);
  for (let i = 0; i < 60; i++) {
    const notice = generateNotice(i, rng, material);
    const outcome = readNotice(`g${i}.txt`, Buffer.from(notice.text));
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.plan.actions.map((a) => a.number), `notice ${i}`).toEqual(notice.actions.map((a) => a.number));
    for (const built of notice.actions) {
      const { read, built: expected } = sideBySide(outcome.plan, built);
      // The title is the heading or sentence, cut short (an item's first phrase) or run on (a bare-list
      // group prints its sentences on its heading's line), never another text.
      const title = read?.title.replace(/…$/, '') ?? '';
      expect(title.length > 1 && (title.startsWith(built.text) || built.text.startsWith(title)), `notice ${i} ${built.number}: ${title}`).toBe(true);
      expect(read, `notice ${i} ${built.number}`).toEqual({ ...expected, title: read?.title });
    }
  }
});

test('the same seed generates the same corpus', () => {
  const a = generateNotice(3, new Random(99), material).text;
  const b = generateNotice(3, new Random(99), material).text;
  expect(a).toBe(b);
});
