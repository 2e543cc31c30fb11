import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PreviousZip } from '../../scripts/postbuild/previous-zip.ts';
import { deflateEntry, zipToFile } from '../../scripts/postbuild/zip-files.ts';
import { withZip64End } from '../../scripts/postbuild/zip64-end.ts';

const work = mkdtempSync(join(tmpdir(), 'zip64-end-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const FOLDER = 'healthy-plans-site';
const ZIP64_END_SIGNATURE = Buffer.from([0x50, 0x4b, 0x06, 0x06]);
const page = deflateEntry('x', new TextEncoder().encode('<p>(一)开展爱国卫生运动。牵头单位:青禾区卫生健康局</p>'));

/** A zip of `count` entries of one small page, as the post-build pass writes it; its path. */
async function zipOf(count: number): Promise<string> {
  const zip = join(work, `${count}.zip`);
  const pages = function* () {
    for (let i = 0; i < count; i++) yield { ...page, path: `plans/qinghe-${String(i).padStart(6, '0')}/index.html` };
  };
  await zipToFile(pages(), FOLDER, zip);
  return zip;
}

describe('a zip of more than 65,535 entries', () => {
  test('is read whole as the next build’s kept zip: every entry, the last one’s bytes too', async () => {
    // One past 16 bits: the bare end record counted 1 entry, and the kept zip offered 1 of 65,537.
    const zip = await zipOf(65_537);
    const kept = (await PreviousZip.open(zip, FOLDER))!;
    expect(kept.size).toBe(65_537);
    const last = await kept.deflated('plans/qinghe-065536/index.html', page.crc, page.size);
    expect(last && Buffer.from(last).equals(Buffer.from(page.deflated))).toBe(true);
    kept.close();
    expect(readFileSync(zip).includes(ZIP64_END_SIGNATURE)).toBe(true);
  }, 60_000);

  test('but not a smaller one, which keeps its bytes (no ZIP64 records)', async () => {
    const zip = readFileSync(await zipOf(3));
    expect(zip.includes(ZIP64_END_SIGNATURE)).toBe(false);
    const tail = zip.subarray(zip.length - 22);
    expect(withZip64End(tail, 65_535, 0)).toBe(tail);
  });
});

test('refuses a zip past 4 GiB, whose entry offsets fflate cannot write', () => {
  expect(() => withZip64End(new Uint8Array(22), 1, 0xffffffff)).toThrow(/passes 4 GiB/);
});
