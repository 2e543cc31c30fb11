/**
 * A site path as the file a server or a browser opens: a folder ("plans/", "") names its
 * index.html, because a browser opening files from disk does not add it. A query and a fragment
 * are kept.
 * @example folderIndex('plans/yinzhou-2018/#c1-2') // 'plans/yinzhou-2018/index.html#c1-2'
 * @example folderIndex('scripts/cite.js') // 'scripts/cite.js'
 */
function folderIndex(sitePath: string): string {
  const cut = sitePath.search(/[?#]/);
  const path = cut < 0 ? sitePath : sitePath.slice(0, cut);
  if (path !== '' && !path.endsWith('/')) return sitePath;
  return `${path}index.html${cut < 0 ? '' : sitePath.slice(cut)}`;
}

const SLASH = '/'.charCodeAt(0);

/**
 * A site path written relative to the page that links to it, so the link works at a web root,
 * under any sub-path and opened from disk; a folder names its index.html (folderIndex).
 * `pageDir` is the linking page's folder ("plans/yinzhou-2018/", "" for the home page; it ends in
 * "/"); both paths are site-relative, without a leading slash, and never hold "." or ".." segments.
 * @example relativeToPage('plans/yinzhou-2018/', 'units/yinzhou-qujiaoyuju/') // '../../units/yinzhou-qujiaoyuju/index.html'
 * @example relativeToPage('plans/yinzhou-2018/', 'plans/yinzhou-2018/#c1-2') // 'index.html#c1-2'
 */
export function relativeToPage(pageDir: string, sitePath: string): string {
  const target = folderIndex(sitePath);
  const cut = target.search(/[?#]/);
  // Compared character by character, not split into arrays: a page writes hundreds of links.
  const pathEnd = Math.min(pageDir.length, cut < 0 ? target.length : cut);
  let shared = 0;
  for (let i = 0; i < pathEnd && pageDir.charCodeAt(i) === target.charCodeAt(i); i++) if (pageDir.charCodeAt(i) === SLASH) shared = i + 1;
  let up = 0;
  for (let i = shared; i < pageDir.length; i++) if (pageDir.charCodeAt(i) === SLASH) up++;
  return '../'.repeat(up) + target.slice(shared);
}
