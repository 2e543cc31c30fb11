/**
 * The filter choices of the search form (plan, place, year, lead unit), loaded from search/facets.js
 * when the filters are opened or a search uses one; the kind choices are in the page itself.
 * Browser only.
 */
import { FACETS_FILE, type Facets } from './search-fallback-data.ts';
import { loadData } from './search-loader.ts';
import { SEARCH_DIR } from './search-paths.ts';
import type { SearchFilters } from './search-record.ts';

let filled: Promise<void> | undefined;

/** Add the choices to the form's selects once, then select the search's own values. */
export function fillFacets(form: HTMLFormElement, root: URL, chosen: SearchFilters): Promise<void> {
  filled ??= loadData<Facets>(new URL(SEARCH_DIR + FACETS_FILE, root).href, 'facets').then((facets) => {
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
