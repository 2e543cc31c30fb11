import { posix } from 'node:path';

/** A URL with a scheme (https:, data:, mailto:) or protocol-relative: not the site's to rewrite. */
export const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** What a URL names: a page a person opens (a link, a form, a frame), or a resource the page loads. */
export interface UrlKind {
  /** True for a page: a folder then names its index.html. False for a stylesheet, image or script. */
  document: boolean;
}

/**
 * Rewrite one URL found in a built file so it works from disk and under any sub-path:
 * root-absolute paths become relative to the file, and links to a page that is a folder name
 * its index.html (a browser opening files does not add it). Query and fragment survive.
 * External, data:, javascript: and fragment-only URLs are left alone (null). A resource URL
 * (`{ document: false }`) is only made relative: "/fonts/x" is a file without an extension.
 * @example relativeUrl('plans/a/index.html', '/units/b/#x') // '../../units/b/index.html#x'
 * @example relativeUrl('index.html', 'plans/') // 'plans/index.html'
 * @example relativeUrl('plans/a/index.html', '/img/logo', { document: false }) // '../../img/logo'
 */
export function relativeUrl(fromFile: string, url: string, { document }: UrlKind = { document: true }): string | null {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || EXTERNAL.test(trimmed)) return null;
  const cut = trimmed.search(/[?#]/);
  const path = cut < 0 ? trimmed : trimmed.slice(0, cut);
  const suffix = cut < 0 ? '' : trimmed.slice(cut);
  if (path === '') return null;
  const fromDir = posix.dirname(fromFile);
  const absolute = path.startsWith('/') ? path.slice(1) : posix.join(fromDir, path);
  const last = absolute.split('/').at(-1) ?? '';
  let target = absolute;
  if (document && (absolute === '' || absolute === '.' || absolute.endsWith('/'))) target = posix.join(absolute, 'index.html');
  else if (document && !last.includes('.')) target = `${absolute}/index.html`;
  let relative = posix.relative(fromDir, target);
  if (relative === '') relative = document ? posix.basename(target) : '.';
  if (!document && target.endsWith('/') && !relative.endsWith('/')) relative += '/';
  if (!path.startsWith('/') && relative === path) return null;
  return relative + suffix;
}

/**
 * Rewrite each candidate of a srcset ("a.png 1x, /b.png 2x").
 * @example relativeSrcset('a/index.html', '/i.png 1x, /j.png 2x') // '../i.png 1x, ../j.png 2x'
 */
export function relativeSrcset(fromFile: string, srcset: string): string | null {
  let changed = false;
  const out = srcset.split(',').map((candidate) => {
    const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
    const rewritten = relativeUrl(fromFile, url, { document: false });
    if (rewritten === null) return candidate.trim();
    changed = true;
    return [rewritten, ...descriptor].join(' ');
  });
  return changed ? out.join(', ') : null;
}
