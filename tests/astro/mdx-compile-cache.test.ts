import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { cachedCompile, compileKey, pruneUnused, type CompileStore } from '../../scripts/astro/mdx-compile-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'mdx-compile-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const store = (name: string): CompileStore => ({ folder: join(work, name), used: new Set(), counts: { reused: 0, compiled: 0 } });
const TEXT = '## 一、加强组织领导\n\n区卫生健康局牵头。\n';
const ID = '/site/content/plans/qinghe-2021.mdx';

/** A stand-in for the MDX compile that counts its calls; its result has the plugin's shape. */
function compiler() {
  const calls: string[] = [];
  const handler = async (code: string, id: string) => {
    calls.push(id);
    return { code: `export default ${JSON.stringify(code)};`, map: null, meta: { astro: { propagation: 'none', scripts: [] }, vite: { lang: 'ts' } } };
  };
  return { calls, handler };
}

test('the second compile of the same text is read back, equal to the first, without compiling', async () => {
  const { calls, handler } = compiler();
  const first = store('same');
  const compile = cachedCompile(handler, first, 'v1');
  const compiled = await compile(TEXT, ID);
  const second = store('same');
  expect(await cachedCompile(handler, second, 'v1')(TEXT, ID)).toEqual(compiled);
  expect(calls).toEqual([ID]);
  expect([first.counts, second.counts]).toEqual([{ reused: 0, compiled: 1 }, { reused: 1, compiled: 0 }]);
});

test('another text, another file or another compiler code compiles again', async () => {
  const { calls, handler } = compiler();
  const folder = store('differs');
  await cachedCompile(handler, folder, 'v1')(TEXT, ID);
  await cachedCompile(handler, folder, 'v1')(TEXT.replace('牵头', '负责'), ID);
  await cachedCompile(handler, folder, 'v1')(TEXT, ID.replace('qinghe', 'bailing'));
  await cachedCompile(handler, folder, 'v2')(TEXT, ID);
  expect(calls.length).toBe(4);
  expect(new Set([compileKey('v1', ID, TEXT), compileKey('v2', ID, TEXT), compileKey('v1', ID, `${TEXT} `)]).size).toBe(3);
});

test('an entry that cannot be read (a build killed mid-write, a damaged disk) is compiled again and replaced', async () => {
  const { calls, handler } = compiler();
  const folder = store('damaged');
  await cachedCompile(handler, folder, 'v1')(TEXT, ID);
  writeFileSync(join(folder.folder, `${compileKey('v1', ID, TEXT)}.json`), '{"code": "expo');
  const again = await cachedCompile(handler, store('damaged'), 'v1')(TEXT, ID);
  expect(calls.length).toBe(2);
  expect(again).toEqual(await handler(TEXT, ID));
});

test('pruneUnused removes the entries this build did not use, and keeps those it did', async () => {
  const { handler } = compiler();
  const last = store('prune');
  await cachedCompile(handler, last, 'v1')(TEXT, ID);
  await cachedCompile(handler, last, 'v1')(TEXT, ID.replace('qinghe', 'bailing'));
  const next = store('prune');
  await cachedCompile(handler, next, 'v1')(TEXT, ID);
  expect(await pruneUnused(next)).toBe(1);
  expect(readdirSync(next.folder)).toEqual([`${compileKey('v1', ID, TEXT)}.json`]);
  expect(await pruneUnused(store('no-such-folder'))).toBe(0);
  expect(existsSync(join(work, 'no-such-folder'))).toBe(false);
});
