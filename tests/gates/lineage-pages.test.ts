import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateNotice } from '../../scripts/bench/generate-notice.ts';
import { Random } from '../../scripts/bench/random.ts';
import { seedMaterial } from '../../scripts/bench/seed-material.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/csp.ts';
import { ROOT } from '../support/site/build-site.ts';
import { findBrokenLinks } from '../support/site/check-links.ts';
import { listFiles, loadSite } from '../support/site/html-pages.ts';
import { describeInChromium, serveInChromium } from '../support/site/site-in-chromium.ts';
import { seedFiles, seedPlan } from '../support/seeds.ts';
import { findAxeViolations } from './support/axe.ts';
import { buildInto, foldersUnder } from './support/build-into.ts';
import { findPolicyProblems } from './support/page-policy.ts';

/**
 * The lineage routes the seed site cannot show (it has one plan a place, no document cited by
 * more than 40 plans, no level of more than 300 documents): a comparison, a document's letter
 * pages and a level's. Built from the seeds, the two invented years of 岚溪县
 * (tests/fixtures/lineage/) and 41 bench notices, every one citing 健康中国2030, with levels split
 * from LEVEL_SPLIT_AT documents (300 would need hundreds of notices); then held to the gates'
 * rules: links, the page policy, axe, and the page limit.
 */
const LETTER_PAGE = /^documents\/(?!levels\/)[^/]+\/[a-z0]\/index\.html$/;
const LEVEL_LETTER_PAGE = /^documents\/levels\/[a-z]+\/[a-z0](?:-\d+)?\/index\.html$/;
const LEVEL_SPLIT_AT = 5;
const PAGE_LIMIT = 250_000;

const work = mkdtempSync(join(tmpdir(), 'healthy-lineage-'));
const notices = join(work, 'notices');
mkdirSync(notices);
for (const seed of seedFiles) copyFileSync(join(ROOT, 'seeds', seed), join(notices, seed));
for (const file of readdirSync(join(ROOT, 'tests', 'fixtures', 'lineage'))) copyFileSync(join(ROOT, 'tests', 'fixtures', 'lineage', file), join(notices, `zz_${file}`));
const material = seedMaterial(seedFiles.map((f) => seedPlan(f.slice(0, 3))));
const rng = new Random(14);
for (let i = 0; i < 41; i++) writeFileSync(join(notices, `bench_${String(i).padStart(3, '0')}.txt`), generateNotice(i, rng, material).text);
const build = foldersUnder(work, notices);

let files: string[] = [];
const lineagePages = () => files.filter((file) => /^(documents|places|compare)\/.*\.html$/.test(file));

beforeAll(async () => {
  await buildInto(build, { HEALTHY_LEVEL_SPLIT_AT: String(LEVEL_SPLIT_AT) });
  files = listFiles(build.dist).filter((file) => file.endsWith('.html'));
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

/** One page of each lineage page type, the comparison and a letter page among them. */
const pagesToCheck = () => {
  const letter = files.find((file) => LETTER_PAGE.test(file))!;
  return [
    'documents/index.html',
    'documents/levels/national/index.html',
    letter.replace(/[a-z0]\/index\.html$/, 'index.html'),
    letter,
    files.find((file) => LEVEL_LETTER_PAGE.test(file))!,
    'places/index.html',
    files.find((file) => /^places\/lanxi/.test(file))!,
    'compare/lanxi-2021--lanxi-2022/index.html',
  ];
};

test('the comparison and the letter pages of a document are built', () => {
  expect(files).toContain('compare/lanxi-2021--lanxi-2022/index.html');
  // 健康中国2030, cited by the 41 bench notices and 岚溪县's two plans.
  expect(files.filter((file) => LETTER_PAGE.test(file)).length).toBeGreaterThan(5);
});

test('a level of more than LEVEL_SPLIT_AT documents lists them on letter pages, each document on one, all in the sitemap', () => {
  const sitemap = readFileSync(join(build.dist, 'sitemap.xml'), 'utf8');
  const levels = files.filter((file) => /^documents\/levels\/[a-z]+\/index\.html$/.test(file));
  const rows = (file: string) => [...readFileSync(join(build.dist, file), 'utf8').matchAll(/<th scope="row"><a href="([^"]+)"/g)].map((m) => m[1]!.replace(/^(\.\.\/)+/, ''));
  let split = 0;
  for (const level of levels) {
    const folder = level.replace(/index\.html$/, '');
    const parts = files.filter((file) => LEVEL_LETTER_PAGE.test(file) && file.startsWith(folder));
    if (parts.length === 0) {
      expect(rows(level).length, level).toBeLessThanOrEqual(LEVEL_SPLIT_AT);
      continue;
    }
    split++;
    const html = readFileSync(join(build.dist, level), 'utf8');
    // The level page lists its letters, not its documents, and says how many documents it holds.
    expect(rows(level), level).toEqual([]);
    const total = Number(/已收录规划引用的 (\d+) 份/.exec(html)![1]);
    expect(total, level).toBeGreaterThan(LEVEL_SPLIT_AT);
    const documents = parts.flatMap((part) => {
      expect(html, part).toContain(`href="${part.slice(folder.length)}"`);
      expect(sitemap, part).toContain(`/${part.replace(/index\.html$/, '')}</loc>`);
      // A letter is no bound: a long one goes on over numbered pages of at most LEVEL_SPLIT_AT rows.
      expect(rows(part).length, part).toBeLessThanOrEqual(LEVEL_SPLIT_AT);
      return rows(part);
    });
    expect(documents.length, level).toBe(total);
    expect(new Set(documents).size, level).toBe(total);
  }
  expect(split).toBeGreaterThan(0);
});

test('no broken link or anchor, and every page carries the policy and nothing it refuses', () => {
  const site = loadSite(build.dist);
  expect(findBrokenLinks(site, new Set(listFiles(build.dist)))).toEqual([]);
  // The policy as the build wrote it (under vitest, src/lib/csp.ts reads as the dev server's), the
  // same on every page; csp.test.ts holds that policy itself to the rules.
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(build.dist, 'index.html'), 'utf8'))![1]!;
  expect(policy).toBe(CONTENT_SECURITY_POLICY.replaceAll(" 'unsafe-inline'", ''));
  const pages = site.filter((page) => lineagePages().includes(page.file));
  expect(pages.length).toBeGreaterThan(100);
  expect(pages.flatMap((page) => findPolicyProblems(page.tree, policy.replaceAll('&#39;', "'")).map((p) => `${page.file}: ${p}`))).toEqual([]);
});

test(`no lineage page passes ${PAGE_LIMIT / 1000} KB`, () => {
  const sizes = lineagePages().map((file) => [file, statSync(join(build.dist, file)).size] as const);
  expect(sizes.filter(([, size]) => size > PAGE_LIMIT)).toEqual([]);
});

describeInChromium('axe-core, WCAG 2 A and AA, on the pages only this build has', () => {
  const site = serveInChromium(() => build.dist);

  test.each(['light', 'dark'] as const)('%s', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    for (const file of pagesToCheck()) {
      await page.goto(site.server.url + file);
      found.push(...(await findAxeViolations(page)).map((v) => `${file}: ${v}`));
    }
    await context.close();
    expect(found).toEqual([]);
  });
});
