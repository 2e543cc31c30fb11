/** Escape the five XML special characters. */
function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The sitemaps.org limit of URLs in one sitemap file (sitemaps.org/protocol.html#index). */
export const SITEMAP_MAX_URLS = 50_000;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** One XML document of `tag` elements, each holding one escaped <loc>. */
function renderLocations(root: string, tag: string, locations: readonly string[]): string {
  const items = locations.map((location) => `  <${tag}><loc>${escapeXml(location)}</loc></${tag}>`).join('\n');
  return `${XML_HEAD}<${root} xmlns="${NAMESPACE}">\n${items}\n</${root}>\n`;
}

/**
 * A sitemaps.org urlset listing the given locations in order.
 * @example renderSitemap(['https://example.org/']) // '<?xml …?>\n<urlset …>\n  <url><loc>https://example.org/</loc></url>\n</urlset>\n'
 */
export function renderSitemap(locations: readonly string[]): string {
  return renderLocations('urlset', 'url', locations);
}

/**
 * A sitemaps.org sitemap index pointing at the given sitemap files.
 * @example renderSitemapIndex(['https://example.org/sitemaps/1.xml']) // '<?xml …?>\n<sitemapindex …>\n  <sitemap><loc>…</loc></sitemap>\n</sitemapindex>\n'
 */
export function renderSitemapIndex(sitemapLocations: readonly string[]): string {
  return renderLocations('sitemapindex', 'sitemap', sitemapLocations);
}

/**
 * The site's pages cut into sitemap files of at most `max` each, in order; one part when they fit
 * in one file (then sitemap.xml is that urlset itself, and no index is needed).
 * @example splitSitemap(['a', 'b', 'c'], 2) // [['a', 'b'], ['c']]
 */
export function splitSitemap<T>(locations: readonly T[], max = SITEMAP_MAX_URLS): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < locations.length; start += max) parts.push(locations.slice(start, start + max));
  return parts.length > 0 ? parts : [[]];
}
