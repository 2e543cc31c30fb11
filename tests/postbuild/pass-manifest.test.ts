import { describe, expect, test } from 'vitest';
import { fileStat, ManifestReader, ManifestWriter, trustsStat, type PassKey, type SeenFile } from '../../scripts/postbuild/pass-manifest.ts';

const KEY: PassKey = { dist: '/site/dist', code: 'c0de', siteUrl: '' };
const CLOCK = 1_700_000_000_500_000_000n;

/** A manifest of `files` (in path order) for a zip of `zipSize` bytes. */
function manifestOf(files: Record<string, SeenFile>, zipSize = 1000, key = KEY): string {
  const writer = new ManifestWriter();
  let text = writer.header(key, CLOCK);
  for (const [path, seen] of Object.entries(files)) text += writer.file(path, seen);
  return text + writer.trailer(zipSize);
}

const stat = (mtimeNs: bigint, size = 120n, ino = 7n) => fileStat({ size, mtimeNs, ctimeNs: mtimeNs, ino });
const OLD = stat(CLOCK - 3_000_000n);
const FILES: Record<string, SeenFile> = {
  '_astro/a.css': { stat: stat(CLOCK - 9n, 34n), crc: 11, size: 34 },
  'index.html': { stat: OLD, crc: 22, size: 120 },
  'plans/qinghe-2021/index.html': { stat: OLD, crc: 33, size: 120 },
};

describe('trustsStat: a file is left unread only when its stat is the one recorded and strictly older than the pass', () => {
  test.each([
    ['the same stat, older than the clock', OLD, OLD, true],
    ['stamped in the tick the pass started (could change again unseen within it)', stat(CLOCK), stat(CLOCK), false],
    ['stamped after the pass started', stat(CLOCK + 1n), stat(CLOCK + 1n), false],
    ['another size', stat(CLOCK - 3_000_000n, 121n), OLD, false],
    ['another mtime', stat(CLOCK - 2_000_000n), OLD, false],
    ['another inode (replaced by a rename)', stat(CLOCK - 3_000_000n, 120n, 8n), OLD, false],
    ['another ctime (mtime set back after an edit)', fileStat({ size: 120n, mtimeNs: CLOCK - 3_000_000n, ctimeNs: CLOCK + 5n, ino: 7n }), OLD, false],
  ])('%s', (_, now, recorded, trusted) => {
    expect(trustsStat(now, recorded, CLOCK)).toBe(trusted);
  });
});

describe('a manifest', () => {
  test('gives back what was written, looked up in path order, and the clock', () => {
    const reader = ManifestReader.parse(manifestOf(FILES), KEY, 1000)!;
    expect(reader.clockNs).toBe(CLOCK);
    expect(reader.find('_astro/a.css')).toEqual(FILES['_astro/a.css']);
    // A path it does not list, between two it does.
    expect(reader.find('data/all/plans.csv')).toBeNull();
    expect(reader.find('plans/qinghe-2021/index.html')).toEqual(FILES['plans/qinghe-2021/index.html']);
    expect(reader.find('z/index.html')).toBeNull();
  });

  test('leaves out a path a line cannot hold', () => {
    const reader = ManifestReader.parse(manifestOf({ 'a\tb.html': FILES['index.html']!, 'index.html': FILES['index.html']! }), KEY, 1000)!;
    expect(reader.find('a\tb.html')).toBeNull();
    expect(reader.find('index.html')).toEqual(FILES['index.html']);
  });

  const whole = manifestOf(FILES);
  test.each([
    ['truncated', whole.slice(0, -30)],
    ['cut before its trailer', whole.slice(0, whole.indexOf('end\t'))],
    ['a digit changed in a line', whole.replace('\t33\t', '\t34\t')],
    ['empty', ''],
    ['not a manifest', 'PK\u0003\u0004 zip bytes\n'],
  ])('%s is not read at all', (_, text) => {
    expect(ManifestReader.parse(text, KEY, 1000)).toBeNull();
  });

  test.each([
    ['another dist/', { ...KEY, dist: '/other/dist' }, 1000],
    ['other post-build code', { ...KEY, code: 'beef' }, 1000],
    ['another deployment path (the 404 page is rooted there)', { ...KEY, siteUrl: 'https://example.org/health/' }, 1000],
    ['a zip of another size (not the zip this pass kept)', KEY, 999],
  ])('of %s vouches for nothing', (_, key, zipSize) => {
    expect(ManifestReader.parse(whole, key, zipSize)).toBeNull();
  });
});
