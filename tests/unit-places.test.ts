import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Plan } from '../src/model/index.ts';
import { assignPlaceSlugs } from '../scripts/ingest/assign-place-slugs.ts';
import { readNotice } from '../scripts/ingest/read-notice.ts';
import { formatLedger, parseLedger } from '../scripts/ingest/slug-ledger.ts';
import { unitPlace, type PlaceClaim } from '../scripts/ingest/unit-place.ts';
import { runIngest } from './support/run-ingest.ts';
import { SEEDS_DIR } from './support/seeds.ts';

const HOMOPHONES = join(import.meta.dirname, 'fixtures', 'homophones');
const work = mkdtempSync(join(tmpdir(), 'healthy-unit-places-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The plan of one homophones fixture. */
function fixture(name: string): Plan {
  const outcome = readNotice(`${name}.txt`, readFileSync(join(HOMOPHONES, `${name}.txt`)));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

describe("a plan's units' place", () => {
  test.each([
    ['鼓楼区 of 南京', 'gulou-nanjing-2021', 'gulou', '江苏省|鼓楼区', 'jiangsu-gulou'],
    ['鼓楼区 of 福州', 'gulou-fuzhou-2021', 'gulou', '福建省|鼓楼区', 'fujian-gulou'],
    ['朝阳市 of 辽宁', 'chaoyang-liaoning-2021', 'chaoyang', '辽宁省|朝阳市', 'liaoning-chaoyang'],
  ])('%s: its parser slug first, then with its province', (_name, file, prefix, place, second) => {
    const got = unitPlace(fixture(file))!;
    expect(got.prefix).toBe(prefix);
    expect(got.claim!.place).toBe(place);
    expect(got.claim!.candidates.slice(0, 2)).toEqual([prefix, second]);
    expect(got.claim!.candidates[2]).toMatch(new RegExp(`^${prefix}-[0-9a-f]{8}$`));
  });
});

describe('assigning units\' place parts', () => {
  const claim = (place: string, ...candidates: string[]): PlaceClaim => ({ place, candidates });
  const nanjing = claim('江苏省|鼓楼区', 'gulou', 'jiangsu-gulou', 'gulou-1');
  const fuzhou = claim('福建省|鼓楼区', 'gulou', 'fujian-gulou', 'gulou-2');
  const of = (out: ReturnType<typeof assignPlaceSlugs>) => Object.fromEntries(out.slugs);

  test('a place alone keeps its plain part; several plans of it make one claim', () => {
    expect(of(assignPlaceSlugs([nanjing, nanjing], []))).toEqual({ '江苏省|鼓楼区': 'gulou' });
  });

  test('two places arriving together both take their province, whatever their order', () => {
    const both = { '江苏省|鼓楼区': 'jiangsu-gulou', '福建省|鼓楼区': 'fujian-gulou' };
    expect(of(assignPlaceSlugs([nanjing, fuzhou], []))).toEqual(both);
    expect(of(assignPlaceSlugs([fuzhou, nanjing], []))).toEqual(both);
  });

  test('a place in the ledger keeps its part when a namesake arrives, and after its own notices leave', () => {
    const first = assignPlaceSlugs([nanjing], []);
    const added = assignPlaceSlugs([fuzhou, nanjing], first.places);
    expect(of(added)).toEqual({ '江苏省|鼓楼区': 'gulou', '福建省|鼓楼区': 'fujian-gulou' });
    // Nanjing's notices are gone: its part stays held, and comes back with them.
    const gone = assignPlaceSlugs([fuzhou], added.places);
    expect(gone.places).toEqual(added.places);
    expect(of(assignPlaceSlugs([nanjing], gone.places))['江苏省|鼓楼区']).toBe('gulou');
  });
});

describe('a ledger from before unit places were recorded', () => {
  const claim = (place: string, ...candidates: string[]): PlaceClaim => ({ place, candidates });
  const nanjing = claim('江苏省|鼓楼区', 'gulou', 'jiangsu-gulou', 'gulou-1');
  const fuzhou = claim('福建省|鼓楼区', 'gulou', 'fujian-gulou', 'gulou-2');
  const kaifeng = claim('河南省|鼓楼区', 'gulou', 'henan-gulou', 'gulou-3');

  test('reads as one without places, and is written with them', () => {
    const legacy = parseLedger('{"note": "n", "plans": []}', 'slugs.json');
    expect(legacy.places).toBeUndefined();
    expect(formatLedger(legacy)).toContain('"places": [');
  });

  test('each published part stays with the place of most plans; the others take their province, in any order', () => {
    const expected = { '江苏省|鼓楼区': 'gulou', '福建省|鼓楼区': 'fujian-gulou', '河南省|鼓楼区': 'henan-gulou' };
    for (const claims of [[nanjing, fuzhou, nanjing, kaifeng], [kaifeng, fuzhou, nanjing, nanjing]]) {
      const out = assignPlaceSlugs(claims, undefined);
      expect(Object.fromEntries(out.slugs)).toEqual(expected);
      expect(out.places).toHaveLength(3);
    }
    // A tie goes to the first place by name, whatever the order.
    expect(assignPlaceSlugs([fuzhou, nanjing], undefined).slugs.get('江苏省|鼓楼区')).toBe('gulou');
    expect(assignPlaceSlugs([nanjing, fuzhou], undefined).slugs.get('江苏省|鼓楼区')).toBe('gulou');
  });
});

describe('the ingest: same-name places of two provinces have units of their own', () => {
  const unitsOf = (content: string): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const file of readdirSync(join(content, 'plan-data'))) {
      const model = JSON.parse(readFileSync(join(content, 'plan-data', file), 'utf8')) as Plan;
      out.set(model.source.file, model.units.map((unit) => unit.slug));
    }
    return out;
  };
  const ingest = (notices: string, content: string) => {
    const run = runIngest(['--in', notices, '--out', content, '--no-cache', '--quiet']);
    if (run.status !== 0) throw new Error(run.stderr);
    return unitsOf(content);
  };
  const notices = join(work, 'notices');
  const content = join(work, 'content');
  cpSync(SEEDS_DIR, notices, { recursive: true });
  cpSync(join(HOMOPHONES, 'gulou-nanjing-2021.txt'), join(notices, 'gulou-nanjing-2021.txt'));
  const before = ingest(notices, content);
  cpSync(join(HOMOPHONES, 'gulou-fuzhou-2021.txt'), join(notices, '0-gulou-fuzhou-2021.txt'));
  const after = ingest(notices, content);

  test("the seeds' unit slugs are the committed ones", () => {
    const committed = unitsOf(join(SEEDS_DIR, '..', 'content'));
    for (const [file, slugs] of committed) expect(before.get(file), file).toEqual(slugs);
    expect([...committed.values()].flat().length).toBeGreaterThan(100);
  });

  test('南京鼓楼 keeps its unit URLs when 福州鼓楼 arrives, sorting first; 福州鼓楼 takes its province', () => {
    const nanjing = before.get('gulou-nanjing-2021.txt')!;
    expect(nanjing.length).toBeGreaterThan(2);
    for (const slug of nanjing) expect(slug).toMatch(/^gulou-/);
    expect(after.get('gulou-nanjing-2021.txt')).toEqual(nanjing);
    const fuzhou = after.get('0-gulou-fuzhou-2021.txt')!;
    for (const slug of fuzhou) expect(slug).toMatch(/^fujian-gulou-/);
    expect(fuzhou.filter((slug) => nanjing.includes(slug))).toEqual([]);
    const ledger = parseLedger(readFileSync(join(content, 'slugs.json'), 'utf8'), 'slugs.json');
    expect(ledger.places).toEqual(expect.arrayContaining([{ slug: 'gulou', place: '江苏省|鼓楼区' }, { slug: 'fujian-gulou', place: '福建省|鼓楼区' }]));
  });
});
