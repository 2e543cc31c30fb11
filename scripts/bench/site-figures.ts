import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { measurePageSizes, type PageSizes } from './page-sizes.ts';

/** Size figures of a built site. */
export interface SiteFigures {
  pages: number;
  distMb: number;
  /** Median over HTML pages of gzipped bytes of the page plus its stylesheets and scripts. */
  medianPageKb: number;
  /** Every page's HTML as stored: the largest, the 95th percentile, those over budget, with their routes. */
  pageSizes: PageSizes;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Count pages, total size, the median page weight (HTML + CSS + JS it links, gzipped), and the size of every page's HTML by route (routes from `pagesDir`, src/pages). */
export function siteFigures(dist: string, pagesDir: string): SiteFigures {
  const files = listFiles(dist);
  const html = files.filter((f) => f.endsWith('.html'));
  const gz = new Map<string, number>();
  const gzOf = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file)).length);
    return gz.get(file)!;
  };
  // A sample of up to 400 pages keeps this fast at thousands of notices.
  const step = Math.max(1, Math.floor(html.length / 400));
  const weights = html.filter((_, i) => i % step === 0).map((page) => {
    const tree = fromHtml(readFileSync(page, 'utf8'));
    const urls = [
      ...selectAll('link[rel~=stylesheet][href]', tree).map((n) => String(n.properties['href'])),
      ...selectAll('script[src]', tree).map((n) => String(n.properties['src'])),
    ];
    const assets = urls.filter((u) => !/^[a-z]+:|^\/\//i.test(u)).map((u) => join(u.startsWith('/') ? dist : join(page, '..'), u.split(/[?#]/)[0]!));
    return gzOf(page) + assets.reduce((sum, a) => sum + (safeSize(a) ? gzOf(a) : 0), 0);
  });
  weights.sort((a, b) => a - b);
  const total = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const pageSizes = measurePageSizes(
    dist,
    html.map((file) => relative(dist, file).split(sep).join('/')),
    pagesDir,
  );
  return { pages: html.length, distMb: total / 1e6, medianPageKb: (weights[Math.floor(weights.length / 2)] ?? 0) / 1024, pageSizes };
}

function safeSize(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
