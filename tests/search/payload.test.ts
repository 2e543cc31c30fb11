import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { siteDist } from '../support/site/dist.ts';
import { describeInChromium, serveInChromium } from '../support/site/site-in-chromium.ts';
import { showSearch } from './browser-search.ts';

const QUERY = '控烟';

/** Bytes of the files a fresh browser fetched for its first search: raw, and gzipped as a host would send them. */
function searchBytes(dist: string, urls: readonly string[], root: string): { raw: number; gzip: number; files: number } {
  const files = urls.filter((url) => url.startsWith(root) && /\/(search|pagefind)\//.test(url) && !/\.html(\?|$)/.test(url));
  const paths = files.map((url) => (url.startsWith('file:') ? fileURLToPath(url.split(/[?#]/)[0]!) : join(dist, decodeURI(new URL(url).pathname.slice(new URL(root).pathname.length)))));
  return {
    raw: paths.reduce((sum, path) => sum + statSync(path).size, 0),
    gzip: paths.reduce((sum, path) => sum + gzipSync(readFileSync(path)).length, 0),
    files: paths.length,
  };
}

describeInChromium('first-search payload in chromium', () => {
  const site = serveInChromium(siteDist);

  test(`a first search (${QUERY}) fetches a small part of the index, over http(s) and from disk`, async () => {
    const dist = siteDist();
    const figures: Record<string, ReturnType<typeof searchBytes>> = {};
    for (const [where, root] of [['http', site.server.url], ['disk', `${pathToFileURL(dist).href}/`]] as const) {
      const context = await site.browser.newContext();
      const urls: string[] = [];
      // Requests of the page and of Pagefind's worker alike.
      context.on('request', (request) => void urls.push(request.url()));
      const page = await context.newPage();
      const shown = await showSearch(page, `${root}search/index.html?q=${encodeURIComponent(QUERY)}`);
      expect(shown.engine).toBe('fallback');
      figures[where] = searchBytes(dist, [...new Set(urls)], root);
      await context.close();
    }
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    console.log(
      Object.entries(figures)
        .map(([where, f]) => `first search (${QUERY}) ${where}: ${kb(f.raw)} in ${f.files} files (${kb(f.gzip)} gzipped)`)
        .join('\n'),
    );
    // Budgets about a tenth above the seed site's figures (54 KB gzipped over http; 163 KB from
    // disk, as stored), so a change in what a first search loads shows here.
    expect(figures['http']!.gzip).toBeLessThan(60 * 1024);
    expect(figures['disk']!.raw).toBeLessThan(180 * 1024);
  }, 60_000);
});
