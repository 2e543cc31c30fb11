import { stripVTControlCharacters } from 'node:util';

/** One page of `astro build`'s page log. */
export interface LoggedPage {
  /** As Astro prints it: "/plans/qinghe-2021/index.html". */
  path: string;
  /** Copied from the incremental cache or kept in place ("(cached)", "(restored)") rather than rendered. */
  reused: boolean;
  /** The render time Astro printed, in ms; null for a reused page, or one whose time another page's line took. */
  ms: number | null;
}

/** Astro's time of day before each line ("23:06:04 "), also where a page's line was cut by another's. */
const TIME_OF_DAY = /\d{2}:\d{2}:\d{2}(?= )/g;

/**
 * Every page of `astro build`'s page log, in order. Astro prints a page in two writes, its path
 * ("├─ /actions/x/2020/index.html") and, once written, its time ("(+8ms)") or "(cached)"; with
 * two pages in flight (astro.config.mjs, build.concurrency) another page's path now and then falls
 * between them. So the log is read as a run of paths, each with whatever follows it up to the
 * next: a page whose time went to another line is still counted, without a time, and so is the
 * page after it (the time printed next may be either's). Pure.
 * @example readPageLog('  ├─ /index.html (+8ms)\n  ├─ /plans/index.html (cached)') // [{ path: '/index.html', reused: false, ms: 8 }, { path: '/plans/index.html', reused: true, ms: null }]
 */
export function readPageLog(log: string): LoggedPage[] {
  const text = stripVTControlCharacters(log).replace(TIME_OF_DAY, '');
  const pages: LoggedPage[] = [];
  // Whether the page before had its line cut (a rendered page with no time right after its path).
  let afterCut = false;
  for (const segment of text.split(/[├└]─ (?=\/)/).slice(1)) {
    const path = /^\S+/.exec(segment)![0];
    const reused = /\((?:cached|restored)\)/.test(segment);
    const time = /^\S+ +\(\+(\d+(?:\.\d+)?)(m?s)\)/.exec(segment);
    // After a page whose line was cut, the next time printed may be either page's: neither is
    // known. Only the one page after: the page after that has a line of its own again.
    pages.push({ path, reused, ms: reused || !time || afterCut ? null : Number(time[1]) * (time[2] === 's' ? 1000 : 1) });
    afterCut = !reused && !time;
  }
  return pages;
}
