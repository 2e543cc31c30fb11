import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startAstro, type AstroServer } from './support/astro-server.ts';
import { hasChromium, launchChromium } from './support/site/chromium.ts';
import { siteDist } from './support/site/dist.ts';

/** The README's quick start: `npm run preview` serves the build, `npm run dev` the collections. */

const h1Of = (html: string): string | undefined => /<h1[^>]*>([^<]*)/.exec(html)?.[1];

describe('npm run preview', () => {
  let server: AstroServer | undefined;
  afterAll(() => server?.stop());

  test('serves the built site: pages, their files, and the 404 page for a missing URL', async () => {
    server = await startAstro('preview', { HEALTHY_DIST_DIR: siteDist() });
    const plan = await fetch(new URL('plans/yinzhou-2018/', server.url));
    expect(plan.status).toBe(200);
    expect(h1Of(await plan.text())).toBe('2018年健康鄞州建设工作要点');
    expect((await fetch(new URL('plans/yinzhou-2018/index.html', server.url))).status).toBe(200);
    expect((await fetch(new URL('sources/yinzhou-2018.txt', server.url))).status).toBe(200);
    const missing = await fetch(new URL('plans/no/such/page/', server.url));
    expect(missing.status).toBe(404);
    expect(h1Of(await missing.text())).toBe('页面未找到');
  }, 90_000);
});

describe('npm run dev', () => {
  // Its own cache folder: a build running beside it keeps its incremental cache to itself.
  const cache = mkdtempSync(join(tmpdir(), 'healthy-dev-cache-'));
  let server: AstroServer | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(cache, { recursive: true, force: true });
  });

  test('renders a plan page from the collections, styled despite the Content-Security-Policy', async () => {
    server = await startAstro('dev', { HEALTHY_CACHE_DIR: cache });
    const plan = await fetch(new URL('plans/yinzhou-2018/actions/c1-2/', server.url));
    expect(plan.status, server.output()).toBe(200);
    expect(await plan.text()).toContain('健康鄞州');
    if (!hasChromium) return;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(new URL('plans/yinzhou-2018/', server.url).href, { waitUntil: 'networkidle' });
      expect(await page.locator('h1').first().textContent()).toBe('2018年健康鄞州建设工作要点');
      // The dev server injects its styles inline, by script; a page whose policy refused them has no
      // header border. A first visit may reload once while Vite prepares its dependencies: poll.
      const border = () => page.locator('.site-header').evaluate((header) => getComputedStyle(header).borderTopStyle).catch(() => 'reloading');
      await expect.poll(border, { timeout: 30_000 }).toBe('solid');
    } finally {
      await browser.close();
    }
  }, 120_000);
});
