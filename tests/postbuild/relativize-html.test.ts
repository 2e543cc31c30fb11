import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { relativizeCss } from '../../scripts/postbuild/relativize-css.ts';
import { relativizeHtml } from '../../scripts/postbuild/relativize-html.ts';

const PAGE = `<!doctype html><html lang="zh-CN"><head>
<meta http-equiv="refresh" content="0; url=/plans/">
<link rel="stylesheet" href="/_astro/site.css">
<link rel="canonical" href="https://example.gov.cn/plans/x/">
<meta property="og:url" content="https://example.gov.cn/plans/x/">
<style>.a{background:url(/img/bg.png)}</style>
<script src="/scripts/cite.js" defer></script>
</head><body>
<a href="/units/u/#lead">单位</a><a href="#c1">一、</a><a href="https://www.gov.cn/">外部</a>
<form action="/search/" role="search"><input name="q"></form>
<img src="/img/a.png" srcset="/img/a.png 1x, /img/a@2x.png 2x" alt="">
<div style="background-image:url('/img/c.png')">&lt;script&gt;alert(1)&lt;/script&gt; {x}</div>
</body></html>`;

describe('relativizeHtml on plans/x/index.html', async () => {
  const html = await relativizeHtml(PAGE, 'plans/x/index.html');
  const out = fromHtml(html);
  const attr = (selector: string, name: string) => String(select(selector, out)?.properties[name]);

  test('links, scripts, styles, forms, images', () => {
    expect(attr('link[rel=stylesheet]', 'href')).toBe('../../_astro/site.css');
    expect(attr('script', 'src')).toBe('../../scripts/cite.js');
    expect(attr('a', 'href')).toBe('../../units/u/index.html#lead');
    expect(selectAll('a', out).map((a) => a.properties['href'])).toEqual(['../../units/u/index.html#lead', '#c1', 'https://www.gov.cn/']);
    expect(attr('form', 'action')).toBe('../../search/index.html');
    expect(attr('img', 'src')).toBe('../../img/a.png');
    expect(String(select('img', out)?.properties['srcSet'])).toBe('../../img/a.png 1x, ../../img/a@2x.png 2x');
  });
  test('meta refresh, inline style and <style> url()', () => {
    expect(attr('meta[http-equiv=refresh]', 'content')).toBe('0; url=../index.html');
    expect(attr('div', 'style')).toContain("url('../../img/c.png')");
    expect(JSON.stringify(select('style', out))).toContain('url(../../img/bg.png)');
  });
  test('canonical and og:url stay absolute', () => {
    expect(attr('link[rel=canonical]', 'href')).toBe('https://example.gov.cn/plans/x/');
    expect(attr('meta[property="og:url"]', 'content')).toBe('https://example.gov.cn/plans/x/');
  });
  test('escaped text stays text, byte for byte as written', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {x}');
    expect(selectAll('script', out)).toHaveLength(1);
  });
});

test('a folder names its index.html only where a page is opened: links and frames, not images or stylesheets', async () => {
  const html = '<link rel="alternate" href="/plans/"><link rel="icon" href="/icon"><a href="/units/"></a><iframe src="/plans/a/"></iframe><img src="/img/logo">';
  const out = fromHtml(await relativizeHtml(html, 'plans/x/index.html'));
  expect(selectAll('link, a, iframe, img', out).map((node) => node.properties['href'] ?? node.properties['src'])).toEqual([
    '../index.html', '../../icon', '../../units/index.html', '../a/index.html', '../../img/logo',
  ]);
});

test('relativizeCss rewrites url() and @import by parsing', () => {
  const css = '@import "/_astro/a.css";\n.x{background:url("/img/a.png") no-repeat, url(data:image/png;base64,AA)}';
  expect(relativizeCss(css, '_astro/site.css')).toBe('@import "a.css";\n.x{background:url("../img/a.png") no-repeat, url(data:image/png;base64,AA)}');
});

test('only the rewritten attributes change: every other byte stays as Astro wrote it', async () => {
  const html = `<!DOCTYPE html><html><head><title>a &amp; b</title></head><body><p class=x data-n='1'>正文 &lt;b&gt;</p><a href='/plans/?q=a&amp;b=c#p1' class="k">x</a></body></html>`;
  expect(await relativizeHtml(html, 'index.html')).toBe(html.replace(`href='/plans/?q=a&amp;b=c#p1'`, 'href="plans/index.html?q=a&amp;b=c#p1"'));
  const untouched = '<!doctype html><p title="/plans/">/plans/ 不是链接</p>';
  expect(await relativizeHtml(untouched, 'index.html')).toBe(untouched);
});

test('links inside <noscript> (raw text to a tokenizer that runs scripts) are made relative too', async () => {
  const html = await relativizeHtml('<body><noscript><p>需要脚本:<a href="/plans/">规划</a>、<a href="/units/">单位</a></p></noscript><a href="/x/">x</a></body>', 'search/index.html');
  expect(html).toBe('<body><noscript><p>需要脚本:<a href="../plans/index.html">规划</a>、<a href="../units/index.html">单位</a></p></noscript><a href="../x/index.html">x</a></body>');
});
