import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readNotice } from '../../scripts/ingest/read-notice.ts';
import { comparePlans } from '../../src/lib/lineage/compare-plans.ts';
import { planLineageView } from '../../src/lib/lineage/plan-lineage.ts';
import { buildSiteLineage } from '../../src/lib/lineage/site-lineage.ts';
import { buildPlanEntry } from '../../src/lib/plan-entry.ts';
import type { Plan } from '../../src/model/index.ts';

/** Two years of the invented 岚溪县 (tests/fixtures/lineage/), read as the ingest reads them. */
function fixturePlan(name: string): Plan {
  const outcome = readNotice(`${name}.txt`, readFileSync(join(import.meta.dirname, '..', 'fixtures', 'lineage', `${name}.txt`)));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

const older = buildPlanEntry(fixturePlan('lanxi-2021'));
const newer = buildPlanEntry(fixturePlan('lanxi-2022'));

test('the compare view of 岚溪县 2021 → 2022: continued, new, dropped and lead changed (golden, reviewed)', async () => {
  const rows = comparePlans(older, newer).map((row) =>
    [row.kind.padEnd(12), row.older?.label ?? '—', '→', row.newer?.label ?? '—', row.similarity ? row.similarity.toFixed(2) : ''].join(' '),
  );
  await expect(`${rows.join('\n')}\n`).toMatchFileSnapshot('golden/compare-lanxi.golden.txt');
});

test('the newer plan cites the older by 文号: the older lists it as implementing it, and they are neighbours', () => {
  const lineage = buildSiteLineage([newer, older]);
  const olderView = planLineageView(older, lineage);
  expect(olderView.implementedBy.map((p) => p.slug)).toEqual(['lanxi-2022']);
  expect(olderView.successor?.compare).toBe('lanxi-2021--lanxi-2022');
  const newerView = planLineageView(newer, lineage);
  expect(newerView.predecessor?.slug).toBe('lanxi-2021');
  expect(newerView.basis.find((doc) => doc.documentNumber === '岚政办发〔2021〕6号')?.plan?.slug).toBe('lanxi-2021');
  // The two print 云岭政发﹝2019﹞21号 and 云岭政发〔2019〕21号: one document, cited by both.
  const province = lineage.documents.find((doc) => doc.documentNumber === '云岭政发〔2019〕21号')!;
  expect([province.level, province.plans.length]).toEqual(['provincial', 2]);
  expect(lineage.places.map((place) => [place.name, place.plans.map((e) => e.plan.slug)])).toEqual([['岚溪县', ['lanxi-2021', 'lanxi-2022']]]);
});
