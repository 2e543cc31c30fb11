import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { passFile, type PassCache } from '../../scripts/postbuild/file-pass.ts';
import type { ZipEntry } from '../../scripts/postbuild/zip-files.ts';

// A page as Astro renders it: its own links already relative (src/lib/urls.ts), Astro's stylesheet link not.
const PAGE = '<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"></head><body><a href="../../units/x/index.html">x</a></body></html>';
const RELATIVE = '<!doctype html><html><head><link rel="stylesheet" href="../../_astro/a.css"></head><body><a href="../../units/x/index.html">x</a></body></html>';

/** A dist/ holding one built page, and an empty cache beside it. */
function fixture(): { dist: string; cache: PassCache } {
  const work = mkdtempSync(join(tmpdir(), 'file-pass-'));
  mkdirSync(join(work, 'dist', 'plans', 'a'), { recursive: true });
  writeFileSync(join(work, 'dist', 'plans', 'a', 'index.html'), PAGE);
  return { dist: join(work, 'dist'), cache: { dir: join(work, 'cache'), version: 'v1' } };
}

/** A zip entry as plain values, for comparing entries whatever array type holds their bytes. */
const plain = ({ path, crc, size, deflated }: ZipEntry) => ({ path, crc, size, deflated: Buffer.from(deflated).toString('base64') });

const cacheFiles = (cache: PassCache) => readdirSync(cache.dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

test('a page is made relative on disk, and its zip entry holds the same bytes', async () => {
  const { dist, cache } = fixture();
  const passed = await passFile(dist, 'plans/a/index.html', cache);
  expect(passed.fate).toBe('rewritten');
  expect(readFileSync(join(dist, 'plans/a/index.html'), 'utf8')).toBe(RELATIVE);
  expect(inflateRawSync(passed.entry.deflated).toString('utf8')).toBe(RELATIVE);
  expect(passed.entry.size).toBe(Buffer.byteLength(RELATIVE));
});

test('the same page built again is taken from the cache, with the same entry', async () => {
  const { dist, cache } = fixture();
  const first = await passFile(dist, 'plans/a/index.html', cache);
  writeFileSync(join(dist, 'plans/a/index.html'), PAGE);
  const again = await passFile(dist, 'plans/a/index.html', cache);
  expect(again.fate).toBe('cached');
  expect(again.key).toBe(first.key);
  expect(plain(again.entry)).toEqual(plain(first.entry));
  expect(readFileSync(join(dist, 'plans/a/index.html'), 'utf8')).toBe(RELATIVE);
});

test('another code version, or a damaged cache entry, passes the page afresh', async () => {
  const { dist, cache } = fixture();
  const first = await passFile(dist, 'plans/a/index.html', cache);
  writeFileSync(join(dist, 'plans/a/index.html'), PAGE);
  expect((await passFile(dist, 'plans/a/index.html', { ...cache, version: 'v2' })).fate).toBe('rewritten');
  for (const file of cacheFiles(cache)) writeFileSync(join(file.parentPath, file.name), 'damaged');
  writeFileSync(join(dist, 'plans/a/index.html'), PAGE);
  const again = await passFile(dist, 'plans/a/index.html', cache);
  expect(again.fate).toBe('rewritten');
  expect(plain(again.entry)).toEqual(plain(first.entry));
});
