/** The 404 page's request path: "/404" as Astro renders it (also "/404/" and "/404.html"). */
const NOT_FOUND = /^\/404(?:\/|\.html)?$/;

/**
 * The folder whose links a page rendered at `pathname` (its request path, under `base`) writes
 * relative to it, or undefined for root-absolute links: the 404 page, which a server shows at any
 * depth (the post-build pass roots its URLs at the deployment's path), and an endpoint's file
 * (sitemap.xml, sources/*.txt), which names no relative links.
 * @example pageDirOf('/plans/yinzhou-2018/', '/') // 'plans/yinzhou-2018/'
 * @example pageDirOf('/', '/') // ''
 */
export function pageDirOf(pathname: string, base: string): string | undefined {
  const sitePath = pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
  // With trailingSlash 'always' and one folder a page, every page's path ends in "/".
  if (NOT_FOUND.test(sitePath) || !sitePath.endsWith('/')) return undefined;
  return decodeURI(sitePath).replace(/^\/+/, '');
}
