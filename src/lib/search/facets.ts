/**
 * The filter choices of the search form (plan, place, year, lead unit), loaded from search/facets.js
 * when the filters are opened or a search uses one; the kind choices are in the page itself. A
 * search that combines the shards of a collection offers every shard's choices. Browser only.
 */
import { FACETS_FILE, type Facets } from './fallback-data.ts';
import { loadData } from './loader.ts';
import { SEARCH_DIR } from './paths.ts';
import type { SearchFilters } from './record.ts';
import { loadShards } from './shard-list.ts';
import { mergeFacets } from './shards.ts';

let filled: Promise<void> | undefined;

const facetsOf = (root: URL) => loadData<Facets>(new URL(SEARCH_DIR + FACETS_FILE, root).href, 'facets');

async function loadFacets(root: URL, combined: boolean): Promise<Facets> {
  const shards = combined ? await loadShards(root) : [];
  // A shard missing from the deployment offers no choices; the search leaves it out too (pagefind.ts).
  const lists = await Promise.all([facetsOf(root), ...shards.map((shard) => facetsOf(shard.root).catch(() => null))]);
  return mergeFacets(lists.filter((facets): facets is Facets => facets !== null));
}

/** Add the choices to the form's selects once (this site's, and with `combined` every other shard's), then select the search's own values. */
export function fillFacets(form: HTMLFormElement, root: URL, chosen: SearchFilters, combined: boolean): Promise<void> {
  filled ??= loadFacets(root, combined).then((facets) => {
    for (const key of Object.keys(facets) as (keyof Facets)[]) {
      const select = form.elements.namedItem(key);
      if (!(select instanceof HTMLSelectElement)) continue;
      for (const [value, label] of facets[key]) select.add(new Option(label, value));
    }
  });
  return filled.then(() => selectChosen(form, chosen));
}

/** Select each chosen value, adding it when the choices lack it (a shared URL from an older build). */
export function selectChosen(form: HTMLFormElement, chosen: SearchFilters): void {
  for (const [key, value] of Object.entries(chosen)) {
    const select = form.elements.namedItem(key);
    if (!(select instanceof HTMLSelectElement) || !value) continue;
    if (![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
    select.value = value;
  }
}
