import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../support/site/serve.ts';

// A tiny built site: folders with index.html, one file per content type, and a 404 page.
const root = mkdtempSync(join(tmpdir(), 'serve-'));
const FILES: Record<string, string> = {
  'index.html': '<h1>首页</h1>',
  'plans/a/index.html': '<h1>规划</h1>',
  '404.html': '<h1>未找到</h1>',
  'app.css': 'body{}',
  'app.js': '1',
  'data.json': '{}',
  'sitemap.xml': '<urlset/>',
  'logo.png': 'png',
  'logo.svg': '<svg/>',
  'pagefind.wasm': 'wasm',
  'robots.txt': 'User-agent: *',
  'no-index/readme.md': 'x',
};
for (const [path, text] of Object.entries(FILES)) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe.each(['/', '/sub/'])('serveStatic at %s', (base) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(root, base);
  });
  afterAll(() => server.close());

  const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

  test('listens on 127.0.0.1 at the base', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${base}$`));
  });

  test.each([
    ['app.css', 'text/css; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['sitemap.xml', 'application/xml; charset=utf-8'],
    ['logo.png', 'image/png'],
    ['logo.svg', 'image/svg+xml'],
    ['pagefind.wasm', 'application/wasm'],
    ['robots.txt', 'text/plain; charset=utf-8'],
  ])('%s is served as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toBe(FILES[path]);
  });

  test('a folder answers with its index.html, after a redirect to the slashed URL', async () => {
    expect(await (await get('')).text()).toBe('<h1>首页</h1>');
    const slashed = await get('plans/a/');
    expect([slashed.status, slashed.headers.get('content-type'), await slashed.text()]).toEqual([200, 'text/html; charset=utf-8', '<h1>规划</h1>']);
    const bare = await get('plans/a');
    expect([bare.status, bare.headers.get('location')]).toEqual([301, `${base}plans/a/`]);
  });

  test.each(['nothing/', 'nothing.html', 'no-index/', '%E0%A4%A', '..%2F..%2Fetc%2Fpasswd'])('%s answers 404 with 404.html', async (path) => {
    const response = await get(path);
    expect([response.status, await response.text()]).toEqual([404, '<h1>未找到</h1>']);
  });
});

test('a path outside the base is not served', async () => {
  const server = await serveStatic(root, '/sub/');
  const response = await fetch(new URL('/app.css', server.url));
  expect(response.status).toBe(404);
  await server.close();
});
