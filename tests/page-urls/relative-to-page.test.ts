import { describe, expect, test } from 'vitest';
import { pageDirOf } from '../../src/lib/page-urls/page-dir.ts';
import { relativeToPage } from '../../src/lib/page-urls/relative-to-page.ts';

describe('relativeToPage: a link as the page in pageDir writes it', () => {
  test.each([
    ['', '', 'index.html'],
    ['', 'plans/', 'plans/index.html'],
    ['', 'scripts/cite.js', 'scripts/cite.js'],
    ['plans/yinzhou-2018/', '', '../../index.html'],
    ['plans/yinzhou-2018/', 'units/yinzhou-qujiaoyuju/', '../../units/yinzhou-qujiaoyuju/index.html'],
    ['plans/yinzhou-2018/', 'plans/yinzhou-2018/', 'index.html'],
    ['plans/yinzhou-2018/', 'plans/yinzhou-2018/#c1-2-3', 'index.html#c1-2-3'],
    ['plans/yinzhou-2018/', 'plans/yinzhou-2018/actions/c1-1/', 'actions/c1-1/index.html'],
    ['plans/yinzhou-2018/', 'plans/cixi-2020/', '../cixi-2020/index.html'],
    ['plans/yinzhou-2018/', 'plans/', '../index.html'],
    ['plans/yinzhou-2018/', 'search/?q=控烟#top', '../../search/index.html?q=控烟#top'],
    ['plans/yinzhou-2018/actions/c1-1/', 'scripts/cite.js', '../../../../scripts/cite.js'],
    ['plans/yinzhou-2018/actions/c1-1/', 'sources/yinzhou-2018.txt', '../../../../sources/yinzhou-2018.txt'],
    ['data/', 'data/all/targets.csv', 'all/targets.csv'],
    ['themes/fitness/yinzhouqu/', 'themes/fitness/', '../index.html'],
    // A folder named like the page's, one level up, is not the page's own folder.
    ['plans/plans/', 'plans/', '../index.html'],
  ])('on %s, %s → %s', (pageDir, sitePath, expected) => {
    expect(relativeToPage(pageDir, sitePath)).toBe(expected);
  });

  test('the link resolves, from the page, to the file the site path names', () => {
    const pages = ['', 'plans/', 'plans/yinzhou-2018/', 'plans/yinzhou-2018/actions/c3-1-3/', 'units/places/yinzhouqu/'];
    const targets = ['', 'plans/', 'plans/yinzhou-2018/#c3-1-3', 'units/yinzhou-qujiaoyuju/', '_astro/a.css', 'data/all/targets.csv'];
    for (const page of pages) {
      for (const target of targets) {
        const resolved = new URL(relativeToPage(page, target), `https://x.example/deploy/${page}index.html`);
        const [path, fragment = ''] = target.split('#');
        const file = path === '' || path!.endsWith('/') ? `${path}index.html` : path;
        expect(`${resolved.pathname}${resolved.hash}`, `${target} from ${page}`).toBe(`/deploy/${file}${fragment ? `#${fragment}` : ''}`);
      }
    }
  });
});

describe('pageDirOf: which pages write relative links', () => {
  test.each([
    ['/', '/', ''],
    ['/plans/yinzhou-2018/', '/', 'plans/yinzhou-2018/'],
    ['/plans/yinzhou-2018/actions/c3-1-3/', '/', 'plans/yinzhou-2018/actions/c3-1-3/'],
    ['/docs/health/units/', '/docs/health/', 'units/'],
    ['/docs/health/', '/docs/health/', ''],
  ])('%s under base %s is written in %s', (pathname, base, pageDir) => {
    expect(pageDirOf(pathname, base)).toBe(pageDir);
  });

  // The 404 page is shown at any depth (the post-build pass roots its URLs); endpoints write files.
  test.each([['/404'], ['/404/'], ['/404.html'], ['/sitemap.xml'], ['/sources/yinzhou-2018.txt']])('%s writes root-absolute links', (pathname) => {
    expect(pageDirOf(pathname, '/')).toBeUndefined();
  });
});
