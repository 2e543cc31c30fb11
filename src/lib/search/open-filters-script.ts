import { FILTER_KEYS } from './record.ts';

/**
 * search/open-filters.js: a few bytes that open the search form's filters when the URL chooses
 * one (?place=鄞州, as the 任务 form sends). It runs where the form ends, before anything below
 * the form is parsed, so nothing painted moves when the filters open; search.js, which arrives
 * after the first paint, opening them would push the results down (Lighthouse measured a layout
 * shift of 0.215 on a phone). A plain script: the site's CSP allows no inline code.
 */
export function openFiltersScript(): string {
  return [
    '(function () {',
    '  var params = new URLSearchParams(location.search);',
    `  var keys = ${JSON.stringify(FILTER_KEYS)};`,
    '  for (var i = 0; i < keys.length; i++) {',
    "    if ((params.get(keys[i]) || '').trim()) {",
    "      var filters = document.querySelector('[data-search-filters]');",
    '      if (filters) filters.open = true;',
    '      return;',
    '    }',
    '  }',
    '})();',
    '',
  ].join('\n');
}
