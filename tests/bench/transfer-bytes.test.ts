import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { transferSize } from '../../scripts/bench/transfer-bytes.ts';

test('text is counted gzipped, a file that is gzip already as stored', () => {
  const text = new TextEncoder().encode('控烟 '.repeat(2000));
  expect(transferSize(text)).toBeLessThan(text.length / 10);
  const packed = gzipSync(text);
  expect(transferSize(packed)).toBe(packed.length);
});
