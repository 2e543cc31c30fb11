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
  const suffix = cut < 0 ? '' : sitePath.slice(cut);
  return (path === '' || path.endsWith('/') ? `${path}index.html` : path) + suffix;
}

/**
 * A site path written relative to the page that links to it, so the link works at a web root,
 * under any sub-path and opened from disk; a folder names its index.html (folderIndex).
 * `pageDir` is the linking page's folder ("plans/yinzhou-2018/", "" for the home page); both
 * paths are site-relative, without a leading slash, and never hold "." or ".." segments.
 * @example relativeToPage('plans/yinzhou-2018/', 'units/yinzhou-qujiaoyuju/') // '../../units/yinzhou-qujiaoyuju/index.html'
 * @example relativeToPage('plans/yinzhou-2018/', 'plans/yinzhou-2018/#c1-2') // 'index.html#c1-2'
 */
export function relativeToPage(pageDir: string, sitePath: string): string {
  const from = pageDir.split('/').filter(Boolean);
  const to = folderIndex(sitePath).split('/');
  let shared = 0;
  // The last segment of `to` is a file name (with any query or fragment), never a folder the page is in.
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return '../'.repeat(from.length - shared) + to.slice(shared).join('/');
}
