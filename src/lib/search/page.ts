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
import { namePlaces } from './place-match.ts';
import { showPlaceNote } from './place-note.ts';
import { resolvePlace } from './places.ts';
import { readQuery, writeQuery, type SearchQuery } from './query.ts';
import { choiceOf, type FilterChoice } from './record.ts';
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
  places: HTMLElement;
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

// A typed place is read as people type it (鄞州 for 鄞州区, 朝阳 for 朝阳区 and 朝阳市): the search
// accepts every place it means and says which; null when it means none, after offering the closest.
async function choosePlaces(query: SearchQuery, ui: Ui): Promise<FilterChoice | null> {
  const filters = choiceOf(query.filters);
  const typed = query.filters.place;
  if (!typed) return filters;
  const match = await resolvePlace(typed, root, traditional, overHttp);
  showPlaceNote(ui.places, match, (place) => `?${writeQuery({ q: query.q, filters: { ...query.filters, place } }).toString()}`);
  return match.found.length > 0 ? { ...filters, place: namePlaces(match.found).map((place) => place.name) } : null;
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
  // The engine's first files load while the query is folded (which may load the converter) and
  // the place is read.
  const opening = openEngine();
  const terms = splitTerms(await foldQuery(query.q, root, traditional));
  if (terms.length === 0) {
    opening.catch(() => undefined); // Not needed after all.
    return idle();
  }
  const filters = await choosePlaces(query, ui);
  if (!filters) {
    opening.catch(() => undefined);
    ui.status.textContent = s.noPlace(query.filters.place ?? '');
    ui.status.dataset['state'] = 'done';
    return;
  }
  const engine = await opening;
  const source = await engine.search(terms, filters);
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
  const places = document.querySelector<HTMLElement>('[data-search-places]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !status || !places || !list || !more) return;
  const ui: Ui = { status, places, list, more };

  const query = readQuery(new URLSearchParams(location.search));
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = query.q;
  const filters = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const fill = () => fillFacets(form, root, query.filters, overHttp);
  // search/open-filters.js has opened the filters a URL chooses, before the results painted.
  if (Object.keys(query.filters).length > 0) void fill();
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
