import { describe, expect, test } from 'vitest';
import { deployedBase, rootedUrl } from '../scripts/postbuild/not-found-urls.ts';
import { relativizeHtml } from '../scripts/postbuild/relativize-html.ts';
import { siteDist } from './support/site/dist.ts';
import { describeInChromium, serveInChromium } from './support/site/site-in-chromium.ts';

describe('the 404 page names its files from the deployment root', () => {
  test.each([
    [undefined, '/'],
    ['https://health.example.gov.cn', '/'],
    ['https://health.example.gov.cn/docs/health', '/docs/health/'],
    ['http://intranet/docs/health/', '/docs/health/'],
  ])('SITE_URL %s deploys under %s', (siteUrl, base) => {
    expect(deployedBase(siteUrl)).toBe(base);
  });

  test.each([
    ['/', '/_astro/a.css', false, '/_astro/a.css'],
    ['/', '/plans/', true, '/plans/index.html'],
    ['/docs/health/', '/_astro/a.css', false, '/docs/health/_astro/a.css'],
    ['/docs/health/', '/search/?q=控烟#r', true, '/docs/health/search/index.html?q=控烟#r'],
    ['/docs/health/', 'favicon.svg', false, '/docs/health/favicon.svg'],
    ['/docs/health/', 'https://www.gov.cn/', true, null],
    ['/docs/health/', '#main', true, null],
  ])('under %s, %s becomes %s', (base, url, document, rooted) => {
    expect(rootedUrl(base)(url, { document })).toBe(rooted);
  });

  test('the post-build pass roots every URL of the page, stylesheet included', async () => {
    const html = '<html><head><link rel="stylesheet" href="/_astro/a.css"><script src="/scripts/cite.js"></script></head><body><a href="/plans/">规划</a><a href="#main">跳</a></body></html>';
    const out = await relativizeHtml(html, '404.html', rootedUrl('/docs/health/'));
    expect(out).toBe(html.replace('/_astro/', '/docs/health/_astro/').replace('/scripts/', '/docs/health/scripts/').replace('"/plans/"', '"/docs/health/plans/index.html"'));
  });
});

// A server shows 404.html in place of any missing URL; at a deep one its files must still load.
describeInChromium('the 404 page at a deep missing URL, in Chromium', () => {
  const site = serveInChromium(siteDist);

  test('is styled as every page is, and its links open pages', async () => {
    const page = await site.browser.newPage();
    const headerStyle = () => page.locator('.site-header').evaluate((header) => {
      const style = getComputedStyle(header);
      return { display: style.display, borderBottom: style.borderBottomStyle, padding: style.paddingTop };
    });
    await page.goto(site.server.url);
    const styled = await headerStyle();
    expect(styled.borderBottom, 'the home page is styled').toBe('solid');
    const missing = await page.goto(new URL('plans/no-such-plan/actions/c9-9/', site.server.url).href);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面未找到');
    expect(await headerStyle()).toEqual(styled);
    await page.locator('.site-nav a').first().click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/plans/index.html');
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});
