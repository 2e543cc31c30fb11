import { EXTERNAL, relativeUrl } from './relative-url.ts';
import type { UrlMapper } from './relativize-html.ts';

/** The site's own 404 page: a server shows it for any missing path, at any depth. */
export const NOT_FOUND_PAGE = '404.html';

/**
 * The path the site is deployed under: SITE_URL's path ("/docs/health/"), else the web root.
 * @example deployedBase('https://health.example.gov.cn/docs/health') // '/docs/health/'
 */
export function deployedBase(siteUrl: string | undefined): string {
  if (!siteUrl) return '/';
  const path = new URL(siteUrl).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * URLs of the 404 page, absolute from the server's root under `base`. Every other page's URLs are
 * relative to the page, but a server shows 404.html in place of any missing URL
 * (`/plans/no/such/page/`), where a relative "_astro/x.css" names a file that is not there: the
 * page would lose its styles and links. A root-absolute URL works at any depth; the price is that
 * the deployment's path must be known: SITE_URL's path, else "/" (a web root).
 * @example rootedUrl('/docs/health/')('/_astro/a.css', { document: false }) // '/docs/health/_astro/a.css'
 */
export function rootedUrl(base: string): UrlMapper {
  return (url, kind) => {
    const trimmed = url.trim();
    // External, data:, fragment-only and empty URLs: as written, as on every page.
    if (trimmed === '' || trimmed.startsWith('#') || EXTERNAL.test(trimmed)) return null;
    // Relative to the root's own 404.html is relative to the root; an already relative URL stays so.
    return base + (relativeUrl(NOT_FOUND_PAGE, trimmed, kind) ?? trimmed);
  };
}
