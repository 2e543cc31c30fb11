import { expect, test } from 'vitest';
import { relativizeHead } from '../../scripts/postbuild/relativize-head.ts';
import { relativizeHtml } from '../../scripts/postbuild/relativize-html.ts';

const HEAD = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>东岭区健康建设</title><link rel="icon" href="../../favicon.svg"><link rel="stylesheet" href="/_astro/BaseLayout.Ab12.css"></head>';
// The page's own links are relative as rendered; a root-absolute one after <body> is left as written.
const BODY = '<body><a href="../../units/dongling-quweijianju/index.html">区卫健局</a><a href="/left/as/written/">x</a></body></html>';

/** What tokenizing the whole head gives: the reference the partial tokenization must equal. */
const wholeHead = async (head: string, from: string) => relativizeHtml(head, from);

test('the head is made relative and the body left byte for byte', async () => {
  const out = (await relativizeHead(Buffer.from(HEAD + BODY), 'plans/dongling-2020/index.html')).toString('utf8');
  expect(out).toBe(HEAD.replace('"/_astro/', '"../../_astro/') + BODY);
  expect(out.slice(0, out.indexOf('<body>'))).toBe(await wholeHead(HEAD, 'plans/dongling-2020/index.html'));
});

test('a page with nothing to rewrite is returned as the same bytes', async () => {
  const page = Buffer.from(HEAD.replace('"/_astro/', '"../../_astro/') + BODY);
  expect(await relativizeHead(page, 'plans/dongling-2020/index.html')).toBe(page);
});

test.each([
  ['a head longer than the first bytes tried, cut in the middle of a character', 70_000],
  ['a head of exactly the first bytes tried', 16 * 1024],
])('%s gives what tokenizing the whole page gives', async (_, size) => {
  // A description of 健 (3 bytes each) before the stylesheet link pushes it past the first cut.
  const description = '健'.repeat(Math.ceil(size / 3));
  const head = HEAD.replace('<title>', `<meta name="description" content="${description}"><title>`);
  const out = (await relativizeHead(Buffer.from(head + BODY), 'index.html')).toString('utf8');
  expect(out).toBe((await wholeHead(head, 'index.html')) + BODY);
  expect(out).toContain('href="_astro/BaseLayout.Ab12.css"');
});

test('text that looks like a body tag inside an attribute of the head does not stop the pass early', async () => {
  const head = HEAD.replace('<title>', '<meta name="description" content="<body> 不是标签"><title>');
  const out = (await relativizeHead(Buffer.from(head + BODY), 'index.html')).toString('utf8');
  expect(out).toBe((await wholeHead(head, 'index.html')) + BODY);
});

test('a page without <body> is tokenized whole', async () => {
  const page = '<link rel="stylesheet" href="/_astro/a.css"><p>正文</p><a href="/x/">x</a>';
  expect((await relativizeHead(Buffer.from(page), 'a/index.html')).toString('utf8')).toBe(await relativizeHtml(page, 'a/index.html'));
});
