// @ts-check
/**
 * Progressive enhancement for index pages: reveals the filter box (components/FilterBox.astro) and
 * hides the rows ([data-filter-row]) of [data-filter-scope] whose text lacks any of the words typed;
 * a group ([data-filter-group]) with no row left is hidden too. Without JavaScript every row shows.
 * A classic script, not a module, so it also runs from file://; no inline code, for the CSP.
 */
(function () {
  'use strict';

  /**
   * @param {HTMLInputElement} input
   * @param {HTMLOutputElement | null} count
   */
  function apply(input, count) {
    var words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    document.querySelectorAll('[data-filter-scope] [data-filter-row]').forEach(function (row) {
      var text = (row.textContent || '').toLowerCase();
      var match = words.every(function (word) {
        return text.indexOf(word) !== -1;
      });
      /** @type {HTMLElement} */ (row).hidden = !match;
      if (match) shown += 1;
    });
    document.querySelectorAll('[data-filter-scope] [data-filter-group]').forEach(function (group) {
      /** @type {HTMLElement} */ (group).hidden = !group.querySelector('[data-filter-row]:not([hidden])');
    });
    if (count) count.textContent = words.length > 0 ? shown + ' ' + (count.getAttribute('data-suffix') || '') : '';
  }

  function init() {
    var box = /** @type {HTMLElement | null} */ (document.querySelector('[data-filter]'));
    var input = /** @type {HTMLInputElement | null} */ (box && box.querySelector('input'));
    if (!box || !input) return;
    var count = /** @type {HTMLOutputElement | null} */ (box.querySelector('[data-filter-count]'));
    box.hidden = false;
    var field = input;
    field.addEventListener('input', function () {
      apply(field, count);
    });
    if (field.value) apply(field, count);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
