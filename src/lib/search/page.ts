/**
 * The search page's script (bundled by scripts/search/bundle-client.ts into search/search.js, a
 * plain script, so it also runs from file://). Reads the search from the URL, folds the query,
 * asks the plain-script pair index (Pagefind where shards are merged), and shows verified results
 * ten at a time. Browser only.
 */
import { searchStrings as s } from '../../i18n/zh-CN.ts';
import { unpackChars } from './char-set.ts';
import { foldQuery } from './convert.ts';
import type { SearchEngine } from './engine.ts';
import { fillFacets } from './facets.ts';
import { openFallback } from './fallback.ts';
import { installRegistry } from './loader.ts';
import { openPagefind } from './pagefind.ts';
import { readQuery, writeQuery, type SearchQuery } from './query.ts';
import { loadShards } from './shard-list.ts';
import { renderResult } from './render.ts';
import type { ResultSource } from './source.ts';
import { splitTerms } from './terms.ts';

/** Characters that folding to Simplified changes, packed (char-set.ts), written in by the bundler (scripts/search/traditional-chars.ts). */
declare const __TRAD_CHARS__: string;

const PAGE_SIZE = 10;

// The script lives in <root>/search/: every URL it makes is resolved from its own, so the site
// works at a web root, under a sub-path and from disk.
const script = document.currentScript as HTMLScriptElement | null;
const root = new URL('../', script?.src ?? location.href);
const traditional = unpackChars(__TRAD_CHARS__);
// Pagefind cannot run from disk: the browser blocks its module import and its fetches there. Over
// http(s) the search also covers the other shards of a collection built in shards; from disk, the
// fallback covers the shard the page is in.
const overHttp = location.protocol !== 'file:';

interface Ui {
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

// The pair index answers over http(s) and from disk alike, in a few small files. Pagefind is loaded
// only where the search combines the shards of a collection (its mergeIndex ranks them together).
async function openEngine(): Promise<SearchEngine> {
  if (!overHttp) return openFallback(root);
  // The shard list and the pair index's manifest load together: a round trip less before results.
  const pairs = openFallback(root);
  if ((await loadShards(root)).length === 0) return pairs;
  pairs.catch(() => undefined); // Only needed if Pagefind fails, which reports it then.
  return openPagefind(root).catch((error: unknown) => {
    console.warn('Pagefind could not start; searching with the plain-script index instead.', error);
    return pairs;
  });
}

async function showMore(source: ResultSource, terms: readonly string[], ui: Ui): Promise<void> {
  const page = await source.next(PAGE_SIZE);
  const items = page.map((record) => renderResult(record, terms, root));
  ui.list.append(...items);
  ui.list.hidden = ui.list.children.length === 0;
  ui.more.hidden = !source.hasMore;
  ui.status.textContent =
    source.found > 0 ? (source.complete ? s.found(source.found) : s.foundAtLeast(source.found)) : source.hasMore ? s.notYet : s.none;
  ui.status.dataset['state'] = 'done';
}

async function run(query: SearchQuery, ui: Ui): Promise<void> {
  const idle = () => {
    ui.status.textContent = s.prompt;
    ui.status.dataset['state'] = 'idle';
  };
  if (!query.q) return idle();
  document.title = `${query.q} - ${document.title}`;
  ui.status.textContent = s.searching;
  ui.status.dataset['state'] = 'searching';
  // The engine's first files load while the query is folded (which may load the converter).
  const opening = openEngine();
  const terms = splitTerms(await foldQuery(query.q, root, traditional));
  if (terms.length === 0) {
    opening.catch(() => undefined); // Not needed after all.
    return idle();
  }
  const engine = await opening;
  const source = await engine.search(terms, query.filters);
  ui.list.dataset['searchEngine'] = engine.name;
  ui.list.dataset['searchTerms'] = terms.join(' ');
  await showMore(source, terms, ui);
  ui.more.addEventListener('click', () => {
    const before = ui.list.children.length;
    void showMore(source, terms, ui).then(() => ui.list.children[before]?.querySelector('a')?.focus());
  });
}

function formQuery(form: HTMLFormElement): SearchQuery {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.set(key, value);
  return readQuery(params);
}

function init(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !status || !list || !more) return;
  const ui: Ui = { status, list, more };

  const query = readQuery(new URLSearchParams(location.search));
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = query.q;
  const filters = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const fill = () => fillFacets(form, root, query.filters, overHttp);
  if (Object.keys(query.filters).length > 0) {
    if (filters) filters.open = true;
    void fill();
  }
  filters?.addEventListener('toggle', () => void (filters.open && fill()));
  // A clean URL: only the parameters that say something.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.assign(`?${writeQuery(formQuery(form)).toString()}`);
  });

  run(query, ui).catch((error: unknown) => {
    ui.status.textContent = s.failed;
    ui.status.dataset['state'] = 'failed';
    console.error(error);
  });
}

installRegistry();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
