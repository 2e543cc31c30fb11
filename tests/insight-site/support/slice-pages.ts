import type { SitePage } from '../../support/site/html-pages.ts';
import { hrefOf, linkTarget, select, textOf, type BuiltSite } from './built-site.ts';

/** One row of a slice table: the page it links to and the counts it shows, by column heading (规划数, 任务数…). */
export interface SliceRow {
  url: string;
  counts: Map<string, number>;
}

/** The URL a dist file is served at: "actions/x/index.html" → "/actions/x/". */
export const urlOfFile = (file: string): string => `/${file.replace(/index\.html$/, '')}`;

/**
 * The rows of a page's slice table (src/components/slices/SliceTable.astro) and the sums its total
 * row shows, each count by the heading of its column.
 */
export function sliceRows(site: BuiltSite, page: SitePage): { rows: SliceRow[]; totals: Map<string, number> } {
  const headings = select(page.tree, 'table[data-slice-table] thead th.num').map(textOf);
  const byHeading = (cells: number[]) => new Map(cells.map((count, index) => [headings[index]!, count]));
  const rows = select(page.tree, 'table[data-slice-table] tr[data-slice-row]').map((row) => {
    const link = select(row, 'a[data-slice-link]')[0];
    if (!link) throw new Error(`${page.url}: a slice row without its link`);
    const file = linkTarget(site, page, hrefOf(link)).file;
    if (!file) throw new Error(`${page.url}: slice link ${hrefOf(link)} leads to no built page`);
    return { url: urlOfFile(file), counts: byHeading(select(row, 'td.num').map((cell) => Number(textOf(cell)))) };
  });
  const totals = new Map(
    select(page.tree, 'table[data-slice-table] tfoot td.num').flatMap((cell, index) => (cell.properties['dataSliceTotal'] === undefined ? [] : [[headings[index]!, Number(textOf(cell))] as const])),
  );
  return { rows, totals };
}

/**
 * The pages at the bottom of a split list: from its top page, follow every slice link down until a
 * page has no slice table of its own.
 */
export function sliceLeaves(site: BuiltSite, url: string): SitePage[] {
  const page = site.page(url);
  const { rows } = sliceRows(site, page);
  if (rows.length === 0) return [page];
  return rows.flatMap((row) => sliceLeaves(site, row.url));
}
