import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** One built HTML file: where it lies in dist/, the URL it is served at, and its parsed tree. */
export interface SitePage {
  /** Path relative to dist/, with "/" separators: "plans/yinzhou-2018/index.html". */
  file: string;
  /** Root-relative URL: "/plans/yinzhou-2018/" for an index.html, "/404.html" otherwise. */
  url: string;
  tree: Root;
}

/** Every file under a folder, as sorted paths relative to it with "/" separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The URL a file of dist/ is served at, in the site's directory format. */
export function urlOfFile(file: string): string {
  return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** Parse one built HTML file, e.g. loadPage(dist, 'plans/yinzhou-2018/index.html'). */
export function loadPage(dist: string, file: string): SitePage {
  return { file, url: urlOfFile(file), tree: fromHtml(readFileSync(join(dist, file), 'utf8')) };
}

const cache = new Map<string, SitePage[]>();

/** Every HTML page of a built site, parsed once per test file. */
export function loadSite(dist: string): SitePage[] {
  let pages = cache.get(dist);
  if (!pages) {
    pages = listFiles(dist)
      .filter((file) => file.endsWith('.html'))
      .map((file) => loadPage(dist, file));
    cache.set(dist, pages);
  }
  return pages;
}
