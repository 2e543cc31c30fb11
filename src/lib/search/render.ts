/**
 * The markup of a search result, the same for both engines: a heading linking to the clause
 * anchor (number and title), the kind and plan, an excerpt and the units, every match marked.
 * Built with DOM nodes and text, never HTML strings, so notice text cannot inject markup. Browser only.
 */
import { searchStrings as s } from '../../i18n/zh-CN.ts';
import { excerpt, markText, type TextPiece } from './excerpt.ts';
import { foldedFields, type SearchRecord } from './record.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, lang = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (lang) node.lang = lang;
  return node;
}

function appendPieces(parent: HTMLElement, pieces: readonly TextPiece[]): void {
  for (const piece of pieces) {
    if (!piece.mark) parent.append(piece.text);
    else parent.append(Object.assign(document.createElement('mark'), { textContent: piece.text }));
  }
}

/** One result as a list item; `root` is the site root the record's URL is relative to. */
export function renderResult(record: SearchRecord, terms: readonly string[], root: URL): HTMLLIElement {
  const [title, text, units, plan] = foldedFields(record) as [string, string, string, string];
  const item = element('li', 'search-result');

  const heading = element('h2', 'search-result__title', record.lang);
  const link = element('a', '');
  link.href = new URL(record.url, root).href;
  if (record.number) link.append(Object.assign(element('span', 'search-result__number'), { textContent: record.number }));
  if (record.title) appendPieces(link, markText(record.title, title, terms));
  else if (record.section) link.append(Object.assign(element('span', 'search-result__section'), { textContent: record.section }));
  else if (!record.number) link.append(s.preamble);
  heading.append(link);

  const meta = element('p', 'search-result__meta');
  meta.append(Object.assign(element('span', 'search-result__kind'), { textContent: s.kinds[record.kind] }));
  if (record.plan) {
    const line = element('span', 'search-result__plan', record.lang);
    appendPieces(line, markText(record.plan, plan, terms));
    meta.append(line);
  }
  item.append(heading, meta);

  if (record.text) {
    const quote = element('p', 'search-result__excerpt', record.lang);
    appendPieces(quote, excerpt(record.text, text, terms));
    item.append(quote);
  }
  if (record.units) {
    const responsible = element('p', 'search-result__units');
    appendPieces(responsible, markText(record.units, units, terms));
    item.append(responsible);
  }
  return item;
}
