/**
 * A search as it lives in the URL (?q=控烟&plan=yinzhou-2018&kind=action), so it can be shared,
 * bookmarked and reloaded; the search form submits exactly these parameters.
 */
import { FILTER_KEYS, type SearchFilters } from './record.ts';

/** The words typed and the filters chosen. */
export interface SearchQuery {
  q: string;
  filters: SearchFilters;
}

/**
 * Read a search from URL parameters; empty values are no filter.
 * @example readQuery(new URLSearchParams('q=控烟&kind=action&plan=')) // { q: '控烟', filters: { kind: 'action' } }
 */
export function readQuery(params: URLSearchParams): SearchQuery {
  const filters: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/**
 * The URL parameters of a search, q first, then the filters in form order.
 * @example writeQuery({ q: '控烟', filters: { kind: 'action' } }).toString() // 'q=%E6%8E%A7%E7%83%9F&kind=action'
 */
export function writeQuery(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  params.set('q', query.q);
  for (const key of FILTER_KEYS) {
    const value = query.filters[key];
    if (value) params.set(key, value);
  }
  return params;
}
