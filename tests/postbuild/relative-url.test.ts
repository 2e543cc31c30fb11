import { describe, expect, test } from 'vitest';
import { relativeSrcset, relativeUrl } from '../../scripts/postbuild/relative-url.ts';

describe('relativeUrl', () => {
  test.each([
    ['index.html', '/', 'index.html'],
    ['index.html', '/plans/', 'plans/index.html'],
    ['index.html', 'plans/', 'plans/index.html'],
    ['plans/yinzhou-2018/index.html', '/', '../../index.html'],
    ['plans/yinzhou-2018/index.html', '/units/yinzhou-qujiaoyuju/', '../../units/yinzhou-qujiaoyuju/index.html'],
    ['plans/yinzhou-2018/index.html', '/plans/yinzhou-2018/#c1-2-3', 'index.html#c1-2-3'],
    ['plans/yinzhou-2018/index.html', '/search/?q=控烟#top', '../../search/index.html?q=控烟#top'],
    ['plans/yinzhou-2018/index.html', '/_astro/base.Ab12.css', '../../_astro/base.Ab12.css'],
    ['plans/yinzhou-2018/actions/c1-1/index.html', '/scripts/cite.js', '../../../../scripts/cite.js'],
    ['404.html', '/plans', 'plans/index.html'],
    ['_astro/site.css', '/fonts/x.woff2', '../fonts/x.woff2'],
    ['plans/a/index.html', './', 'index.html'],
    ['plans/a/index.html', '../b/', '../b/index.html'],
  ])('from %s, %s → %s', (from, url, expected) => {
    expect(relativeUrl(from, url)).toBe(expected);
  });

  test.each([
    ['https://www.gov.cn/'], ['//cdn.example.com/x.js'], ['mailto:a@b.c'], ['data:image/png;base64,AA'],
    ['javascript:OpenWin(1)'], ['#c1-2'], [''], ['index.html'], ['../x.png'],
  ])('%s is left alone', (url) => {
    expect(relativeUrl('plans/a/index.html', url)).toBeNull();
  });

  test.each([
    ['plans/a/index.html', '/img/logo', '../../img/logo'],
    ['plans/a/index.html', '/_astro/site.css?v=1', '../../_astro/site.css?v=1'],
    ['plans/a/index.html', '/fonts/', '../../fonts/'],
    ['index.html', '/', '.'],
  ])('a resource URL from %s, %s → %s (never index.html)', (from, url, expected) => {
    expect(relativeUrl(from, url, { document: false })).toBe(expected);
  });

  test('srcset candidates keep their descriptors', () => {
    expect(relativeSrcset('a/index.html', '/i.png 1x, /j.png 2x')).toBe('../i.png 1x, ../j.png 2x');
    expect(relativeSrcset('a/index.html', 'https://x/i.png 1x')).toBeNull();
  });
});
