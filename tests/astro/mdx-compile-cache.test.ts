import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { cachedCompile, compileKey, compilerVersion, pruneUnused, type CompileStore } from '../../scripts/astro/mdx-compile-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'mdx-compile-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const store = (name: string): CompileStore => ({ folder: join(work, name), used: new Set(), counts: { reused: 0, compiled: 0, unstored: 0 } });
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
  expect([first.counts, second.counts]).toEqual([
    { reused: 0, compiled: 1, unstored: 0 },
    { reused: 1, compiled: 0, unstored: 0 },
  ]);
});

test('another text, another file or another compiler code compiles again', async () => {
  const { calls, handler } = compiler();
  const folder = store('differs');
  await cachedCompile(handler, folder, 'v1')(TEXT, ID);
  await cachedCompile(handler, folder, 'v1')(TEXT.replace('牵头', '负责'), ID);
  await cachedCompile(handler, folder, 'v1')(TEXT, ID.replace('qinghe', 'bailing'));
  await cachedCompile(handler, folder, 'v2')(TEXT, ID);
  expect(calls.length).toBe(4);
  expect(folder.counts).toEqual({ reused: 0, compiled: 4, unstored: 0 });
});

test('an entry that cannot be read (a build killed mid-write, a damaged disk) is compiled again and replaced', async () => {
  const { calls, handler } = compiler();
  const folder = store('damaged');
  await cachedCompile(handler, folder, 'v1')(TEXT, ID);
  writeFileSync(join(folder.folder, `${compileKey('v1', ID, TEXT)}.json`), '{"code": "expo');
  const again = await cachedCompile(handler, store('damaged'), 'v1')(TEXT, ID);
  expect(calls.length).toBe(2);
  expect(again).toEqual(await handler(TEXT, ID));
  // Replaced: the next build reads it back.
  const next = store('damaged');
  await cachedCompile(handler, next, 'v1')(TEXT, ID);
  expect(next.counts).toEqual({ reused: 1, compiled: 0, unstored: 0 });
});

test('a folder that cannot be written costs the cache, not the build: the text is compiled and returned', async () => {
  const { calls, handler } = compiler();
  writeFileSync(join(work, 'a-file'), '');
  const blocked: CompileStore = { ...store('unused'), folder: join(work, 'a-file', 'mdx-compile') };
  expect(await cachedCompile(handler, blocked, 'v1')(TEXT, ID)).toEqual(await handler(TEXT, ID));
  expect(calls.length).toBe(2);
  expect(blocked.counts).toEqual({ reused: 0, compiled: 0, unstored: 1 });
});

test('pruneUnused removes the entries this build did not use, and keeps those it did', async () => {
  const { handler } = compiler();
  const last = store('prune');
  await cachedCompile(handler, last, 'v1')(TEXT, ID);
  await cachedCompile(handler, last, 'v1')(TEXT, ID.replace('qinghe', 'bailing'));
  const next = store('prune');
  await cachedCompile(handler, next, 'v1')(TEXT, ID);
  // Half-written entries: one another build may still be writing, one left by a build killed long ago.
  const writing = join(next.folder, `${compileKey('v1', ID, 'x')}.json.1f2e.partial`);
  const killed = join(next.folder, `${compileKey('v1', ID, 'y')}.json.3c4d.partial`);
  writeFileSync(writing, '{');
  writeFileSync(killed, '{');
  utimesSync(killed, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
  expect(await pruneUnused(next)).toBe(1);
  expect(readdirSync(next.folder).sort()).toEqual([`${compileKey('v1', ID, TEXT)}.json`, writing.split('/').pop()].sort());
  expect(await pruneUnused(store('no-such-folder'))).toBe(0);
  expect(existsSync(join(work, 'no-such-folder'))).toBe(false);
});

test('the compiler version changes with the source-map setting and the variable the markdown library reads, and only with them', async () => {
  const plain = await compilerVersion(false);
  expect(await compilerVersion(false)).toBe(plain);
  expect(await compilerVersion(true)).not.toBe(plain);
  process.env['ASTRO_PERFORMANCE_BENCHMARK'] = '1';
  try {
    expect(await compilerVersion(false)).not.toBe(plain);
  } finally {
    delete process.env['ASTRO_PERFORMANCE_BENCHMARK'];
  }
});

test('a compiler version still being worked out is waited for: the integration wraps the compile before it is known', async () => {
  const { calls, handler } = compiler();
  const later = store('later');
  const version = new Promise<string>((done) => setTimeout(() => done('v1'), 20));
  await cachedCompile(handler, later, version)(TEXT, ID);
  expect(later.used).toEqual(new Set([compileKey('v1', ID, TEXT)]));
  expect(calls).toEqual([ID]);
});
