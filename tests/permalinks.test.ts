import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Clause, Plan } from '../src/model/index.ts';
import { assignSlugs } from '../scripts/ingest/assign-slugs.ts';
import { readNotice } from '../scripts/ingest/read-notice.ts';
import { claimSlug, slugCandidates } from '../scripts/ingest/slug-candidates.ts';
import { emptyLedger, formatLedger, parseLedger, type SlugLedger } from '../scripts/ingest/slug-ledger.ts';
import { inventNotice, type InventedNotice } from './support/invented-notice.ts';
import { runIngest } from './support/run-ingest.ts';
import { SEEDS_DIR } from './support/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'healthy-permalinks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The plan read from an invented notice saved under `file`. */
function plan(file: string, notice: InventedNotice): Plan {
  const outcome = readNotice(file, Buffer.from(inventNotice(notice)));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

const POINTS = { place: '青岚', year: 2021, type: '工作要点' };
const SCHEME = { place: '青岚', year: 2021, type: '实施方案', number: '青政办发〔2021〕7号' };

describe('slug candidates come from the plan alone', () => {
  test.each([
    ['place and year first, then the type', POINTS, ['qinglan-2021', 'qinglan-2021-gongzuoyaodian']],
    ['then the 文号 when one is printed', SCHEME, ['qinglan-2021', 'qinglan-2021-shishifangan', 'qinglan-2021-shishifangan-qingzhengbanfa-2021-7']],
    ['no readable place: a slug of its own title, never "unknown"', { place: '', year: 2021, type: '工作要点' }, ['plan-2021-gongzuoyaodian-']],
  ])('%s', (_name, notice, prefixes) => {
    const candidates = slugCandidates(plan('a.txt', notice));
    prefixes.forEach((prefix, i) => expect(candidates[i]!.startsWith(prefix), `${candidates[i]} starts with ${prefix}`).toBe(true));
    expect(new Set(candidates).size).toBe(candidates.length);
    expect(candidates.join(' ')).not.toContain('unknown');
  });

  test('the same notice under another name differs only in the last candidate (two copies of one notice)', () => {
    const [a, b] = [slugCandidates(plan('a.txt', POINTS)), slugCandidates(plan('b.txt', POINTS))];
    expect(a.slice(0, -1)).toEqual(b.slice(0, -1));
    expect(a.at(-1)).not.toBe(b.at(-1));
  });
});

describe('assigning slugs', () => {
  const slugs = (plans: Plan[], ledger: SlugLedger = emptyLedger()) => {
    const out = assignSlugs(plans.map(claimSlug), ledger);
    return { bySource: Object.fromEntries(out.slugs), ledger: out.ledger };
  };
  const points = plan('m.txt', POINTS);

  test('a plan alone keeps its place and year; the order of the input never matters', () => {
    const scheme = plan('a.txt', SCHEME);
    const copy = plan('b.txt', POINTS);
    const one = slugs([points, scheme, copy]).bySource;
    expect(slugs([copy, scheme, points]).bySource).toEqual(one);
    expect(slugs([scheme, copy, points]).bySource).toEqual(one);
    // Three new plans contest qinglan-2021: nobody takes it; two copies of one 工作要点 contest its type and digest too.
    expect(one['a.txt']).toBe('qinglan-2021-shishifangan');
    expect(one['m.txt']).toMatch(/^qinglan-2021-gongzuoyaodian-[0-9a-f]{8}$/);
    expect(one['b.txt']).toMatch(/^qinglan-2021-gongzuoyaodian-[0-9a-f]{8}$/);
    expect(one['b.txt']).not.toBe(one['m.txt']);
    expect(slugs([points]).bySource['m.txt']).toBe('qinglan-2021');
  });

  test('a plan in the ledger keeps its slug when a colliding notice that sorts first arrives, leaves and comes back', () => {
    const first = slugs([points]);
    const early = plan('0.txt', { ...POINTS, extra: '和病媒生物防制' });
    const added = slugs([early, points], first.ledger);
    expect(added.bySource).toEqual({ 'm.txt': 'qinglan-2021', '0.txt': 'qinglan-2021-gongzuoyaodian' });
    const gone = slugs([points], added.ledger);
    expect(gone.bySource).toEqual({ 'm.txt': 'qinglan-2021' });
    expect(gone.ledger.plans.find((e) => e.source === '0.txt')).toMatchObject({ slug: 'qinglan-2021-gongzuoyaodian', removed: true });
    // A removed plan's URL is never given to another plan; the plan itself gets it back.
    const other = plan('1.txt', { ...POINTS, extra: '和控烟宣传' });
    expect(slugs([other, points], gone.ledger).bySource['1.txt']).toMatch(/^qinglan-2021-gongzuoyaodian-[0-9a-f]{8}$/);
    expect(slugs([early, points], gone.ledger).bySource['0.txt']).toBe('qinglan-2021-gongzuoyaodian');
  });

  test('a renamed notice (same bytes) keeps its slug; an edited one (same name) too', () => {
    const first = slugs([points]);
    expect(slugs([plan('renamed.txt', POINTS)], first.ledger).bySource).toEqual({ 'renamed.txt': 'qinglan-2021' });
    expect(slugs([plan('m.txt', { ...POINTS, extra: '（修订）' })], first.ledger).bySource).toEqual({ 'm.txt': 'qinglan-2021' });
    // Two new names with the old one's bytes: neither is the renamed notice more than the other.
    const twice = slugs([plan('r1.txt', POINTS), plan('r2.txt', POINTS)], first.ledger).bySource;
    expect(twice['r1.txt']).not.toBe('qinglan-2021');
    expect(twice['r2.txt']).not.toBe('qinglan-2021');
  });

  test('the ledger round-trips through its file, one entry a line, by slug', () => {
    const { ledger } = slugs([plan('a.txt', SCHEME), points]);
    const text = formatLedger(ledger);
    expect(parseLedger(text, 'slugs.json')).toEqual({ ...ledger, plans: [...ledger.plans].sort((a, b) => a.slug.localeCompare(b.slug)) });
    expect(text.split('\n').filter((line) => line.includes('"slug"'))).toHaveLength(2);
    expect(() => parseLedger('{"plans": 3}', 'content/slugs.json')).toThrow(/content\/slugs\.json: not a slug ledger/);
  });
});

/** Everything a cited URL reaches in one plan: its clause ids with their text, its actions, its units. */
function citable(content: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (slug: string, clause: Clause) => {
    out.set(`plans/${slug}/#${clause.id}`, JSON.stringify([clause.number, clause.heading, clause.text]));
    for (const child of clause.children) walk(slug, child);
  };
  for (const file of readdirSync(join(content, 'plan-data'))) {
    const model = JSON.parse(readFileSync(join(content, 'plan-data', file), 'utf8')) as Plan;
    out.set(`plans/${model.slug}/`, model.source.sha256);
    for (const clause of model.clauses) walk(model.slug, clause);
    for (const action of model.actions) out.set(`plans/${model.slug}/actions/${action.id}/`, action.title);
    for (const unit of model.units) out.set(`units/${unit.slug}/ in ${model.slug}`, unit.name);
  }
  return out;
}

describe('the ingest: existing URLs survive notices that collide and sort first', () => {
  const notices = join(work, 'notices');
  const content = join(work, 'content');
  cpSync(SEEDS_DIR, notices, { recursive: true });
  const ingest = () => {
    const run = runIngest(['--in', notices, '--out', content, '--no-cache', '--quiet']);
    if (run.status !== 0) throw new Error(run.stderr);
    return citable(content);
  };
  const before = ingest();
  // Copies of three seeds under names that sort before every seed: one changes the type, one
  // the 文号, one is the same notice byte for byte.
  const seed = (name: string) => readFileSync(join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith(name))!), 'utf8');
  writeFileSync(join(notices, '000_0a.txt'), seed('000_').replaceAll('工作要点', '实施方案'));
  writeFileSync(join(notices, '000_0b.txt'), seed('001_').replace('34号', '35号'));
  writeFileSync(join(notices, '000_0c.txt'), seed('004_'));
  const added = ingest();
  for (const extra of ['000_0a.txt', '000_0b.txt', '000_0c.txt']) rmSync(join(notices, extra));
  rmSync(join(notices, readdirSync(notices).find((f) => f.startsWith('002_'))!));
  const removed = ingest();
  cpSync(SEEDS_DIR, notices, { recursive: true });
  const restored = ingest();

  test('the five published slugs are still the seeds\' slugs', () => {
    const plans = [...before.keys()].filter((url) => /^plans\/[^/]+\/$/.test(url)).sort();
    expect(plans).toEqual(['plans/cixi-2020/', 'plans/huanren-2018-2020/', 'plans/lishui-2021/', 'plans/yinzhou-2018/', 'plans/yuhang-2017-2019/']);
  });

  test.each([
    ['after three colliding notices arrive', () => added],
    ['after they leave and a seed is removed', () => removed],
    ['after the seed comes back', () => restored],
  ])('every plan, clause anchor, action and unit URL reaches what it reached %s', (_when, after) => {
    const now = after();
    const gone = [...before.keys()].filter((url) => !now.has(url));
    const kept = [...before].filter(([url]) => now.has(url));
    for (const [url, what] of kept) expect(now.get(url), url).toBe(what);
    // Only the removed seed's own URLs may be missing.
    expect(gone.filter((url) => !url.includes('huanren'))).toEqual([]);
    expect(kept.length).toBeGreaterThan(400);
  });

  test('the colliding notices got slugs from their own facts, never a number by order', () => {
    const plans = [...added.keys()].filter((url) => /^plans\/[^/]+\/$/.test(url)).sort();
    // A byte-for-byte copy is a plan of its own too: it takes the first of its own candidates that is free.
    expect(plans).toEqual(expect.arrayContaining(['plans/yinzhou-2018-shishifangan/', 'plans/cixi-2020-shishifangan/', 'plans/yuhang-2017-2019-shishifangan/']));
    expect(plans).toHaveLength(8);
    expect(plans.join(' ')).not.toMatch(/-\d\//);
    const ledger = parseLedger(readFileSync(join(content, 'slugs.json'), 'utf8'), 'slugs.json');
    expect(ledger.plans.filter((entry) => entry.removed).map((entry) => entry.source).sort()).toEqual(['000_0a.txt', '000_0b.txt', '000_0c.txt']);
  });
});
