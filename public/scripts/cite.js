// @ts-check
/**
 * Progressive enhancement for citing clauses: adds the 复制链接 / 复制引用 buttons to each clause's
 * hidden .cite span (components/CiteButtons.astro) and reveals them and copies the clause's absolute URL, or its citation followed by
 * one space and the URL. Copies with navigator.clipboard, else selects the text in a readonly input
 * beside the buttons. Results are announced in the page's status region (.cite-status), whose
 * messages and the buttons' labels come from its data attributes so every UI string stays in
 * src/i18n/zh-CN.ts.
 * Also fills in the printed page address (.print-url [data-page-url]).
 * A classic script, not a module, so it also runs from file://; no inline code, for the CSP.
 */
(function () {
  'use strict';

  /** @returns {HTMLElement | null} */
  function statusRegion() {
    return document.querySelector('.cite-status');
  }

  /** @param {'copied' | 'failed'} kind */
  function announce(kind) {
    var found = statusRegion();
    if (!found) return;
    var region = found;
    var message = region.getAttribute(kind === 'copied' ? 'data-copied' : 'data-failed') || '';
    // Emptying first makes a repeated message be announced again.
    region.textContent = '';
    window.setTimeout(function () {
      region.textContent = message;
    }, 50);
    window.clearTimeout(Number(region.getAttribute('data-timer')));
    var timer = window.setTimeout(function () {
      region.textContent = '';
    }, kind === 'copied' ? 2500 : 6000);
    region.setAttribute('data-timer', String(timer));
  }

  /**
   * Put the text in a readonly input after the buttons, select it and try the legacy copy command;
   * when that fails the selected input stays for the reader to copy by hand.
   * @param {HTMLElement} group the .cite element
   * @param {string} text
   */
  function fallbackCopy(group, text) {
    var input = /** @type {HTMLInputElement | null} */ (group.parentElement && group.parentElement.querySelector('.cite-fallback'));
    if (!input) {
      input = document.createElement('input');
      input.className = 'cite-fallback';
      input.readOnly = true;
      input.setAttribute('aria-label', group.getAttribute('data-cite-text') || '');
      group.insertAdjacentElement('afterend', input);
    }
    input.value = text;
    input.focus();
    input.select();
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (error) {
      copied = false;
    }
    if (copied) {
      input.remove();
      var button = group.querySelector('button');
      if (button) button.focus();
      announce('copied');
    } else {
      announce('failed');
    }
  }

  /**
   * @param {HTMLElement} group the .cite element
   * @param {string} text
   */
  function copy(group, text) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () {
          announce('copied');
        },
        function () {
          fallbackCopy(group, text);
        },
      );
    } else {
      fallbackCopy(group, text);
    }
  }

  /**
   * The address of this page to cite: the canonical URL when the site declares one, else the
   * current one; a served ".../index.html" is cited as ".../" (files opened from disk keep it).
   * @returns {string}
   */
  function pageAddress() {
    var canonical = document.querySelector('link[rel="canonical"]');
    var href = canonical ? canonical.getAttribute('href') || '' : '';
    var address = new URL(href || window.location.href, window.location.href);
    address.hash = '';
    if (/^https?:$/.test(address.protocol)) address.pathname = address.pathname.replace(/\/index\.html$/, '/');
    return address.href;
  }

  /** @param {MouseEvent} event */
  function onClick(event) {
    var target = /** @type {Element | null} */ (event.target instanceof Element ? event.target : null);
    var button = target && target.closest('[data-cite-copy]');
    var group = /** @type {HTMLElement | null} */ (button && button.closest('.cite'));
    if (!button || !group) return;
    var link = new URL(group.getAttribute('data-cite-href') || '', pageAddress()).href;
    var text = button.getAttribute('data-cite-copy') === 'cite' ? (group.getAttribute('data-cite-text') || '') + ' ' + link : link;
    copy(group, text);
  }

  /**
   * Fill a clause's empty .cite span with its two buttons; the page ships only the span, so a long
   * plan does not carry buttons that cannot work without script.
   * @param {Element} group the .cite element
   * @param {Element} strings the status region, which holds the labels
   */
  function addButtons(group, strings) {
    var number = group.getAttribute('data-cite-number') || '';
    ['link', 'cite'].forEach(function (kind) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'cite__button';
      button.setAttribute('data-cite-copy', kind);
      button.setAttribute('aria-label', (strings.getAttribute('data-copy-' + kind + '-of') || '') + number);
      button.textContent = strings.getAttribute('data-copy-' + kind) || '';
      group.appendChild(button);
    });
  }

  function init() {
    var strings = statusRegion();
    document.querySelectorAll('.cite[hidden]').forEach(function (group) {
      if (strings && !group.querySelector('button')) addButtons(group, strings);
      group.removeAttribute('hidden');
    });
    var address = document.querySelector('[data-page-url]');
    if (address) address.textContent = pageAddress();
    document.addEventListener('click', onClick);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
