import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../support/site/chromium.ts';
import { findForeignElements } from './support/foreign-elements.ts';
import { findPolicyProblems } from './support/page-policy.ts';
import { pageOfEachType } from './support/page-types.ts';
import { findCssUrlProblems, findHtmlUrlProblems } from './support/portable-urls.ts';

/**
 * The gates run their checkers on a clean site, where each returns []: here each is shown a small
 * bad page it must flag, so an empty answer on the site means something.
 */

const POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'";
const META = `<meta http-equiv="content-security-policy" content="${POLICY}">`;
const html = (head: string, body: string) => fromHtml(`<!doctype html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`);

describe('findHtmlUrlProblems (three-places)', () => {
  test('flags root-absolute URLs and folder links in attributes, srcset, refresh, style; not canonical, external or anchors', () => {
    const page = html(
      '<link rel="canonical" href="https://x.gov.cn/plans/"><link rel="stylesheet" href="/_astro/a.css"><meta http-equiv="refresh" content="0; url=/plans/"><style>b{background:url(/b.png)}</style>',
      '<a href="plans/">folder</a><a href="plans/index.html">ok</a><a href="#c1">anchor</a><a href="https://x.gov.cn/">ext</a>' +
        '<img src="../logo.svg" srcset="/a.png 1x, b.png 2x"><form action="/search/"></form><p style="background:url(/c.png)">s</p>',
    );
    expect(findHtmlUrlProblems(page)).toEqual([
      '<link href="/_astro/a.css"> (root-absolute)',
      '<meta http-equiv=refresh="/plans/"> (root-absolute)',
      '<style> url(/b.png) (root-absolute)',
      '<a href="plans/"> (names a folder, not its index.html)',
      '<img srcSet="/a.png"> (root-absolute)',
      '<form action="/search/"> (root-absolute)',
      '<p style> url(/c.png) (root-absolute)',
    ]);
  });
});

describe('findCssUrlProblems (three-places)', () => {
  test('flags url() and @import that are root-absolute or name a folder; data: and relative files pass', () => {
    const css = `@import "/base.css"; @import url(../fonts/);
      a { background: url("/img/a.png") } b { background: url(data:image/png;base64,AA==), url(../img/b.png) }`;
    expect(findCssUrlProblems(css)).toEqual([
      'url(/img/a.png) (root-absolute)',
      'url(/base.css) (root-absolute)',
      'url(../fonts/) (names a folder, not its index.html)',
    ]);
  });
});

describe('findPolicyProblems (csp, hostile-notice)', () => {
  test('a page that keeps the policy has no problem', () => {
    expect(findPolicyProblems(html(`${META}<link rel="stylesheet" href="a.css">`, '<script src="a.js"></script>'), POLICY)).toEqual([]);
  });

  test.each([
    ['no CSP <meta>', html('', '<p>x</p>'), ['0 CSP <meta> elements']],
    ['two', html(META + META, ''), ['2 CSP <meta> elements']],
    ['another policy', html(META.replace("'none'", '*'), ''), [`CSP is ${JSON.stringify(POLICY.replace("'none'", '*'))}`]],
    ['a stylesheet before it', html(`<link rel="stylesheet" href="a.css">${META}`, ''), ['<link> before the CSP <meta>']],
    [
      'what the policy refuses',
      html(META, '<script>alert(1)</script><style>p{}</style><p style="color:red" onclick="x()">p</p><a href="javascript:alert(1)">a</a>'),
      ['inline <script>', '<style> element', 'style attribute on <p>', 'event handler onClick on <p>', 'javascript: URL in <a href>'],
    ],
  ])('flags %s', (_name, tree, problems) => {
    expect(findPolicyProblems(tree, POLICY)).toEqual(problems);
  });
});

describe('pageOfEachType (axe)', () => {
  const routes = ['index.astro', 'plans/[slug]/index.astro', 'plans/[slug]/matrix.astro', 'units/[unitSlug]/index.astro', 'units/functions/index.astro'];
  const files = ['index.html', 'plans/a/index.html', 'plans/b/index.html', 'units/functions/index.html', 'units/x/index.html', 'app.css'];

  test('picks one built page per route, the preferred one first; a route without a page has none', () => {
    const chosen = pageOfEachType(routes, files, (file) => (file.includes('/b/') ? 0 : 1));
    expect(Object.fromEntries(chosen)).toEqual({
      'index.astro': 'index.html',
      'plans/[slug]/index.astro': 'plans/b/index.html',
      'units/[unitSlug]/index.astro': 'units/x/index.html',
      'units/functions/index.astro': 'units/functions/index.html',
    });
  });

  test('never lets a static route\'s page stand for a dynamic route', () => {
    const chosen = pageOfEachType(routes, files.filter((file) => file !== 'units/x/index.html'));
    expect(chosen.has('units/[unitSlug]/index.astro')).toBe(false);
  });
});

const noBrowser = !hasChromium && !process.env.CI;
if (noBrowser) console.warn(`findForeignElements check SKIPPED: ${CHROMIUM_PATH} is missing; apt-get install -y chromium`);

describe.skipIf(noBrowser)('findForeignElements (hostile-notice)', () => {
  test('flags foreign tags, marked elements, inline scripts, handlers, javascript: URLs and a second h1 or main', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(
        '<main><h1>t</h1><p>ok &lt;iframe&gt; as text</p><iframe id="f"></iframe><b data-hostile="x">b</b>' +
          '<script>1</script><img src="x.png" onerror="1"><a href="javascript:void 0">a</a><h1>again</h1></main>',
      );
      expect(await findForeignElements(page, ['iframe'], 'data-hostile')).toEqual([
        '<iframe#f> element',
        '<b> with data-hostile',
        'inline <script>',
        'onerror on <img>',
        'javascript: href on <a>',
        '2 <h1> elements',
      ]);
      await page.setContent('<main><h1>t</h1><p>&lt;iframe&gt; &lt;b data-hostile&gt; printed as text</p></main>');
      expect(await findForeignElements(page, ['iframe'], 'data-hostile')).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
