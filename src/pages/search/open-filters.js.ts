import type { APIRoute } from 'astro';
import { openFiltersScript } from '../../lib/search/open-filters-script.ts';

/** search/open-filters.js (src/lib/search/open-filters-script.ts), written from the filter keys the search reads. */
export const GET: APIRoute = () => new Response(openFiltersScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
