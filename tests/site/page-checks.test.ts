import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../support/site/check-links.ts';
import { urlOfFile } from '../support/site/html-pages.ts';
import { checkPageBasics, headingLevels, headingSkips } from '../support/site/page-checks.ts';

const head = '<title>规划</title><meta name="description" content="健康鄞州">';
const page = (body: string, lang = 'zh-CN', extraHead = head) => fromHtml(`<!doctype html><html lang="${lang}"><head>${extraHead}</head><body>${body}</body></html>`);

describe('checkPageBasics', () => {
  test('a good page has no problem', () => {
    expect(checkPageBasics(page('<h1>一</h1><h2>二</h2><h3>三</h3><h2>二</h2><p id="c1">x</p>'))).toEqual([]);
  });

  test.each([
    ['<html lang> is "en", not "zh-CN"', '<h1>一</h1>', 'en', head],
    ['0 h1 elements', '<p>一</p>', 'zh-CN', head],
    ['2 h1 elements', '<h1>一</h1><h1>又一</h1>', 'zh-CN', head],
    ['empty or missing <title>', '<h1>一</h1>', 'zh-CN', '<title> </title><meta name="description" content="x">'],
    ['empty or missing <meta name="description">', '<h1>一</h1>', 'zh-CN', '<title>t</title><meta name="description" content="">'],
    ['heading skips a level: h1 → h3', '<h1>一</h1><h3>三</h3>', 'zh-CN', head],
    ['duplicate id "c1"', '<h1 id="c1">一</h1><p id="c1"></p>', 'zh-CN', head],
  ])('%s', (problem, body, lang, extraHead) => {
    expect(checkPageBasics(page(body, lang, extraHead))).toEqual([problem]);
  });
});

describe('headingSkips', () => {
  test.each([
    [[1, 2, 3, 2, 3, 4, 1], []],
    [[1, 2, 4], ['h2 → h4']],
    [[2, 3], ['h0 → h2']],
    [[1, 3, 2, 4], ['h1 → h3', 'h2 → h4']],
  ])('%j → %j', (levels, skips) => {
    expect(headingSkips(levels)).toEqual(skips);
  });

  test('levels are read in document order', () => {
    expect(headingLevels(page('<h1>a</h1><section><h2>b</h2><h3>c</h3></section><h2>d</h2>'))).toEqual([1, 2, 3, 2]);
  });
});

describe('findBrokenLinks', () => {
  test('names the page, the href and why', () => {
    const files = new Set(['index.html', 'plans/a/index.html', 'app.css']);
    const pages = [
      { file: 'index.html', body: '<a href="/plans/a/#c1">ok</a><a href="/plans/a/#c9">no id</a><a href="/plans/b/">no file</a><a href="/plans/a">slash</a><a href="#top">top</a><a href="https://x.cn/">ext</a>' },
      { file: 'plans/a/index.html', body: '<p id="c1"></p><link rel="stylesheet" href="../../app.css"><img src="logo.png">' },
    ].map(({ file, body }) => ({ file, url: urlOfFile(file), tree: page(body) }));
    expect(findBrokenLinks(pages, files)).toEqual([
      '/ → /plans/a/#c9 (no id "c9" in plans/a/index.html)',
      '/ → /plans/b/ (no such file)',
      '/ → /plans/a (missing trailing slash)',
      '/plans/a/ → logo.png (no such file)',
    ]);
  });
});
