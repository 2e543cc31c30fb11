import { describe, expect, test } from 'vitest';
import { renderSitemap, renderSitemapIndex, SITEMAP_MAX_URLS, splitSitemap } from '../../src/lib/sitemap.ts';

describe('sitemap files stay within the sitemaps.org limit of 50,000 URLs', () => {
  test('a site that fits in one file is one part, so sitemap.xml stays a plain urlset', () => {
    const paths = Array.from({ length: SITEMAP_MAX_URLS }, (_, i) => `plans/p${i}/`);
    expect(splitSitemap(paths)).toHaveLength(1);
  });

  test('187,289 pages (the 5,000-notice bench site) are four parts, in order, none over the limit', () => {
    const paths = Array.from({ length: 187_289 }, (_, i) => `plans/p${i}/`);
    const parts = splitSitemap(paths);
    expect(parts.map((part) => part.length)).toEqual([50_000, 50_000, 50_000, 37_289]);
    expect(parts.flat()).toEqual(paths);
  });

  test('an empty site is one empty part, not none', () => {
    expect(splitSitemap([])).toEqual([[]]);
  });

  test('the index lists each part file as a <sitemap> in a <sitemapindex>', () => {
    const xml = renderSitemapIndex(['https://example.org/sitemaps/1.xml', 'https://example.org/sitemaps/2.xml']);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...xml.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => m[1])).toEqual([
      'https://example.org/sitemaps/1.xml',
      'https://example.org/sitemaps/2.xml',
    ]);
  });

  test('a location is escaped as XML in a urlset', () => {
    expect(renderSitemap(['https://example.org/?a=1&b=<2>'])).toContain('<url><loc>https://example.org/?a=1&#38;b=&#60;2&#62;</loc></url>');
  });
});
