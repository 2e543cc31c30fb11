/** Where an href or src of a built page points. */
export type LinkTarget =
  | { kind: 'external' }
  | {
      kind: 'internal';
      /** The file of dist/ it names, or null when there is none. */
      file: string | null;
      /** The decoded fragment without "#", or null when the URL has none. */
      fragment: string | null;
      /** Why the link is wrong even though a file answers it, or null. */
      problem: string | null;
    };

// A stand-in origin: any URL that resolves elsewhere (another host, mailto:, data:…) is external.
const SITE = 'http://site.invalid';

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Resolve a link of the page served at `pageUrl` against the files of dist/, as a browser and a
 * static host would: "/plans/x/" → plans/x/index.html, "../c1/#c1-2" relative to the page.
 * `base` is the path the site is deployed under (a SITE_URL's path): a root-absolute link there
 * (/docs/health/plans/) names dist's plans/, as on the host; one outside it names no file.
 * @example resolveLink(files, '/plans/a/', 'actions/c1/#c1') → { file: 'plans/a/actions/c1/index.html', fragment: 'c1' }
 */
export function resolveLink(files: ReadonlySet<string>, pageUrl: string, href: string, base = '/'): LinkTarget {
  let url: URL;
  try {
    url = new URL(href.trim(), `${SITE}${base.slice(0, -1)}${pageUrl}`);
  } catch {
    return { kind: 'internal', file: null, fragment: null, problem: 'not a URL' };
  }
  if (url.origin !== SITE) return { kind: 'external' };
  if (!url.pathname.startsWith(base)) return { kind: 'internal', file: null, fragment: null, problem: `outside the site's path ${base}` };
  const path = decode(url.pathname).slice(base.length);
  const fragment = url.hash ? decode(url.hash.slice(1)) : null;
  if (path === '' || path.endsWith('/')) {
    const index = `${path}index.html`;
    return { kind: 'internal', file: files.has(index) ? index : null, fragment, problem: null };
  }
  if (files.has(path)) return { kind: 'internal', file: path, fragment, problem: null };
  const folder = `${path}/index.html`;
  // The site is built with trailingSlash: 'always'; a host answers "/plans/x" only by a redirect.
  if (files.has(folder)) return { kind: 'internal', file: folder, fragment, problem: 'missing trailing slash' };
  return { kind: 'internal', file: null, fragment, problem: null };
}
