import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { WindowedFile } from '../../scripts/postbuild/windowed-file.ts';

const work = mkdtempSync(join(tmpdir(), 'windowed-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// 5 MB of bytes that say where they are: past one 4 MB window, many 64 KB ones.
const SIZE = 5 * 1024 * 1024;
const bytes = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i += 4) bytes.writeUInt32LE(i, i);
writeFileSync(join(work, 'file'), bytes);

test('gives the bytes at any offset, read forward, backward, jumping or across a window’s end, and null past the file', () => {
  const fd = openSync(join(work, 'file'), 'r');
  const file = new WindowedFile(fd);
  const reads: [number, number][] = [
    [0, 30],
    [30, 70_000],
    [70_030, 4_200_000],
    [4 * 1024 * 1024 - 10, 20],
    [100, 8],
    [5 * 1024 * 1024 - 16, 16],
    [3_000_000, 200_000],
  ];
  for (const [offset, length] of reads) expect(file.read(offset, length)?.equals(bytes.subarray(offset, offset + length)), `${offset}+${length}`).toBe(true);
  expect(file.read(SIZE - 8, 16)).toBeNull();
  closeSync(fd);
});

test('reads that run on, most of them across the window’s end, take a 4 MB window at a time', () => {
  const fd = openSync(join(work, 'file'), 'r');
  let calls = 0;
  const file = new WindowedFile(fd, (descriptor, buffer, offset, length, position) => {
    calls++;
    return readSync(descriptor, buffer, offset, length, position);
  });
  // A zip's entries in order: a small header, then its data, each read after the last.
  for (let offset = 0; offset + 1_030 <= SIZE; offset += 1_030) {
    expect(file.read(offset, 30)?.equals(bytes.subarray(offset, offset + 30))).toBe(true);
    expect(file.read(offset + 30, 1_000)?.equals(bytes.subarray(offset + 30, offset + 1_030))).toBe(true);
  }
  // 5 MB in 4 MB windows: two reads, and one more for the window's start after the first.
  expect(calls).toBeLessThanOrEqual(3);
  closeSync(fd);
});
