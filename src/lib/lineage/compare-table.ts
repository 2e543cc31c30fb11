/**
 * The any-two comparison's result, built as DOM in the browser: the same summary and table as the
 * same-place pages (compare/[pair].astro), cell by cell from change-view.ts. Notice text is data:
 * it goes in only as text nodes, never as markup. Browser only.
 */
import { lineageStrings } from '../../i18n/zh-CN-lineage.ts';
import { clausePath, planPath } from '../search/paths.ts';
import { changeColumns, summarizeChanges, viewChangeRow, type ChangeSideView } from './change-view.ts';
import type { ComparePlan } from './compare-data.ts';
import type { ComparedPair } from './compare-pair.ts';

const s = lineageStrings;

/** An element with text and attributes; children appended in order. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function sideCell(side: ChangeSideView | null): HTMLTableCellElement {
  if (!side) return element('td', {}, '—');
  return element('td', side.lang ? { lang: side.lang } : {}, element('a', { href: side.href }, side.label), element('br'), element('span', { class: 'muted' }, side.lead));
}

/** The heading of a pair: 鄞州区 2018年 与 余杭区 2017—2019年 比较. */
export function pairHeading({ older, newer }: ComparedPair): string {
  return s.compareAny.heading(s.compareAny.plan(older.place, older.label), s.compareAny.plan(newer.place, newer.label));
}

/** The result of a comparison: both plans linked, the summary and the table, with links resolved against the site root. */
export function renderComparison(pair: ComparedPair, root: URL): DocumentFragment {
  const { older, newer, rows } = pair;
  const href = (path: string) => new URL(path, root).href;
  const lang = (plan: ComparePlan) => ({ slug: plan.slug, lang: plan.lang ?? undefined });
  const planLink = (plan: ComparePlan) => element('a', { href: href(planPath(plan.slug)), ...(plan.lang ? { lang: plan.lang } : {}) }, plan.title);
  const fragment = document.createDocumentFragment();
  fragment.append(
    element('p', {}, planLink(older), ' → ', planLink(newer)),
    element('h2', {}, s.compare.summary),
    element('ul', { class: 'change-summary' }, ...summarizeChanges(rows).map(({ kind, text }) => element('li', { 'data-kind': kind }, text))),
  );
  const table = element(
    'table',
    { class: 'data-table' },
    element('caption', {}, pairHeading(pair)),
    element('thead', {}, element('tr', {}, ...changeColumns(older.label, newer.label).map(({ label, numeric }) => element('th', { scope: 'col', ...(numeric ? { class: 'num' } : {}) }, label)))),
    element(
      'tbody',
      {},
      ...rows
        .map((row) => viewChangeRow(row, lang(older), lang(newer), (slug, id) => href(clausePath(slug, id))))
        .map((row) => element('tr', { 'data-change': row.kind }, element('th', { scope: 'row' }, row.kindLabel), sideCell(row.older), sideCell(row.newer), element('td', { class: 'num' }, row.similarity))),
    ),
  );
  fragment.append(element('div', { class: 'table-scroll' }, table));
  return fragment;
}
