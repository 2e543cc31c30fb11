/**
 * `npm run screenshots`: serve the dist/ of an earlier `npm run build` (it builds nothing; SITE_DIST
 * names another built folder) and write
 * docs/screenshots/*.png: the yinzhou-2018 plan page, one of its action pages, a search, a theme
 * compared across plans, a responsibility matrix, the targets across plans, the timeline, a
 * cited document's page and, when the build has the invented 岚溪县 pair (tests/fixtures/lineage/),
 * its compare view, and the comparison of two seed plans of different places; 1280 px wide and at most 1600 px tall, with Debian's chromium, for a person to
 * look at. `--only compare.png,…` retakes only those.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, SITE_DIST_ENV } from '../tests/support/site/build-site.ts';
import { launchChromium } from '../tests/support/site/chromium.ts';
import { loadPlans } from '../tests/support/site/plan-data.ts';
import { serveStatic } from '../tests/support/site/serve.ts';

const WIDTH = 1280;
const MAX_HEIGHT = 1600;
const dist = resolve(ROOT, process.env[SITE_DIST_ENV] ?? 'dist');
const outDir = join(ROOT, 'docs', 'screenshots');
if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}: run npm run build first`);

const plan = loadPlans().find((p) => p.slug === 'yinzhou-2018');
if (!plan) throw new Error('no plan yinzhou-2018 in content/plan-data');
const action = plan.actions.find((a) => a.lead.length > 0) ?? plan.actions[0]!;
const shots = [
  { file: 'plan.png', path: `plans/${plan.slug}/` },
  { file: 'action.png', path: `plans/${plan.slug}/actions/${action.id}/` },
  { file: 'search.png', path: 'search/?q=%E6%8E%A7%E7%83%9F' },
  { file: 'theme.png', path: 'themes/mental-health/' },
  { file: 'matrix.png', path: `plans/${plan.slug}/matrix/` },
  { file: 'targets.png', path: 'targets/' },
  { file: 'timeline.png', path: 'timeline/' },
  // A 文号 the 鄞州 plan prints for two titles (甬人社发〔2017〕130号): one document, two citations.
  { file: 'document.png', path: `documents/${plan.citations.find((c, i) => c.documentNumber !== null && plan.citations.findIndex((d) => d.documentNumber === c.documentNumber) !== i)?.slug}/` },
  // Only in a build with the fixture pair: seeds/ has one plan a place.
  { file: 'compare.png', path: 'compare/lanxi-2021--lanxi-2022/' },
  // Any two plans, named in the URL: two places, rows made by the page's script.
  { file: 'compare-any.png', path: 'compare/?a=huanren-2018-2020&b=cixi-2020' },
].filter((shot) => existsSync(join(dist, shot.path.split('?')[0]!, 'index.html')));
const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only?.split(',');

await mkdir(outDir, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 } });
  for (const shot of shots.filter((s) => !only || only.includes(s.file))) {
    const response = await page.goto(new URL(shot.path, server.url).href, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) throw new Error(`${shot.path} answered ${response?.status()}`);
    const height = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.documentElement.scrollHeight;
    });
    const path = join(outDir, shot.file);
    await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: WIDTH, height: Math.min(height, MAX_HEIGHT) } });
    console.log(`${shot.path} → ${path}`);
  }
} finally {
  await browser.close();
  await server.close();
}
