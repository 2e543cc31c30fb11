import { expect, test } from 'vitest';
import { relativeHeadAssets } from '../../src/lib/page-urls/head-assets.ts';

const page = (head: string, body = '<a href="/plans/">规划</a>') => `<!DOCTYPE html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`;

test.each([
  ['a stylesheet, two folders down', 'plans/qinghe-2021/', '<link rel="stylesheet" href="/_astro/BaseLayout.B--wlOt6.css">', '<link rel="stylesheet" href="../../_astro/BaseLayout.B--wlOt6.css">'],
  ['on the home page', '', '<link rel="stylesheet" href="/_astro/index.D-xIEu78.css">', '<link rel="stylesheet" href="_astro/index.D-xIEu78.css">'],
  ['a module script', 'search/', '<script type="module" src="/_astro/page.Cx1.js"></script>', '<script type="module" src="../_astro/page.Cx1.js"></script>'],
  ['a link the page wrote itself is left', 'plans/', '<link rel="icon" href="../favicon.svg">', '<link rel="icon" href="../favicon.svg">'],
  ['an absolute canonical URL is left', 'plans/', '<link rel="canonical" href="https://example.org/_astro/x.css">', '<link rel="canonical" href="https://example.org/_astro/x.css">'],
  ['notice text in the title that looks like a link is text, and left', 'plans/', '<title>&lt;link href="/_astro/x.css"&gt;</title>', '<title>&lt;link href="/_astro/x.css"&gt;</title>'],
  ['a description quoting one is an escaped attribute value, and left', 'plans/', '<meta name="description" content="<link href=&quot;/_astro/x.css&quot;>">', '<meta name="description" content="<link href=&quot;/_astro/x.css&quot;>">'],
])('relativeHeadAssets: %s', (_what, pageDir, head, expected) => {
  expect(relativeHeadAssets(page(head), pageDir)).toBe(page(expected));
});

test('the body is never touched, even where it names a bundle', () => {
  const html = page('<link rel="stylesheet" href="/_astro/a.css">', '<link rel="stylesheet" href="/_astro/b.css">');
  expect(relativeHeadAssets(html, 'plans/')).toBe(page('<link rel="stylesheet" href="../_astro/a.css">', '<link rel="stylesheet" href="/_astro/b.css">'));
});

test('a page without a head end is returned as it is', () => {
  expect(relativeHeadAssets('<link rel="stylesheet" href="/_astro/a.css">', 'plans/')).toBe('<link rel="stylesheet" href="/_astro/a.css">');
});
