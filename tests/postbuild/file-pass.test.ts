import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { passFile } from '../../scripts/postbuild/file-pass.ts';

// A page as Astro renders it: its own links already relative (src/lib/urls.ts), Astro's stylesheet link not.
const PAGE = '<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"></head><body><a href="../../units/x/index.html">x</a></body></html>';
const RELATIVE = '<!doctype html><html><head><link rel="stylesheet" href="../../_astro/a.css"></head><body><a href="../../units/x/index.html">x</a></body></html>';

/** A dist/ holding one built page. */
function fixture(): string {
  const dist = join(mkdtempSync(join(tmpdir(), 'file-pass-')), 'dist');
  mkdirSync(join(dist, 'plans', 'a'), { recursive: true });
  writeFileSync(join(dist, 'plans', 'a', 'index.html'), PAGE);
  return dist;
}

test('a page is made relative on disk, and its zip entry holds the same bytes', async () => {
  const dist = fixture();
  const passed = await passFile(dist, 'plans/a/index.html');
  expect(passed.fate).toBe('rewritten');
  expect(readFileSync(join(dist, 'plans/a/index.html'), 'utf8')).toBe(RELATIVE);
  expect(inflateRawSync(passed.entry.deflated).toString('utf8')).toBe(RELATIVE);
  expect(passed.entry.size).toBe(Buffer.byteLength(RELATIVE));
});

test('a page passed again is left as it is, with the same entry', async () => {
  const dist = fixture();
  const first = await passFile(dist, 'plans/a/index.html');
  const again = await passFile(dist, 'plans/a/index.html');
  expect(again.fate).toBe('unchanged');
  expect({ ...again.entry, deflated: Buffer.from(again.entry.deflated) }).toEqual({ ...first.entry, deflated: Buffer.from(first.entry.deflated) });
});
