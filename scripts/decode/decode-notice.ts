/**
 * Turn a notice's raw bytes into text and lines: byte order mark, then strict UTF-8,
 * then the better of GB18030 and Big5; empty and binary input is refused with a
 * message that starts with the file name.
 */
import iconv from 'iconv-lite';
import { scoreDecoding } from './score-decoding.ts';
import type { DecodingScore } from './score-decoding.ts';
import { sniffBinaryBytes, sniffBinaryText } from './sniff-binary.ts';
import { splitLines } from './split-lines.ts';
import type { LineEnding } from './split-lines.ts';

/** Re-exported so callers need only this module. */
export type { LineEnding } from './split-lines.ts';

/** The encodings a notice may come in. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** A decoded notice: its text (BOM stripped, line breaks as in the file) and its lines. */
export interface DecodedNotice {
  text: string;
  /** Line N (1-based) of the notice is lines[N - 1]; a trailing line break opens no extra line. */
  lines: string[];
  encoding: Encoding;
  bom: boolean;
  lineEnding: LineEnding;
}

/** The outcome of decoding: the notice, or an error message starting with the file name. */
export type DecodeResult = { ok: true; value: DecodedNotice } | { ok: false; error: string };

/** The legacy encodings tried, in tie-break order (mainland notices are the common case). */
const LEGACY_CANDIDATES = ['gb18030', 'big5'] as const satisfies readonly Encoding[];

/** Above this share of odd characters (U+FFFD, private use, C1) among non-ASCII ones, no legacy decoding is accepted. */
const MAX_ODD_SHARE = 0.1;
/** With at least this many Han characters, a decoding must have MIN_FREQUENT_SHARE of frequent ones. */
const MIN_HANZI_SAMPLE = 50;
/** Chinese prose has 85 %+ frequent characters; a wrong decoding or random bytes about 12 %. */
const MIN_FREQUENT_SHARE = 0.25;

type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

interface Bom {
  encoding: UnicodeEncoding;
  length: number;
  name: string;
}

function detectBom(bytes: Uint8Array): Bom | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3, name: 'UTF-8' };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2, name: 'UTF-16LE' };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2, name: 'UTF-16BE' };
  return null;
}

/** Strict decode with the platform decoder; null when the bytes are not valid in that encoding. */
function decodeStrict(bytes: Uint8Array, encoding: UnicodeEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decode a notice's bytes: detect BOM/encoding, reject empty or binary input with a clear message naming the file. */
export function decodeNotice(bytes: Uint8Array, file: string): DecodeResult {
  const fail = (error: string): DecodeResult => ({ ok: false, error: `${file}: ${error}` });
  if (bytes.length === 0) return fail('empty file (0 bytes)');

  const bom = detectBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (body.length === 0) return fail(`empty file (only a ${bom.name} byte order mark)`);
    const text = decodeStrict(body, bom.encoding);
    if (text === null) {
      return fail(`binary or corrupt file (starts with a ${bom.name} byte order mark but is not valid ${bom.name})`);
    }
    const binary = sniffBinaryText(text);
    if (binary) return fail(`binary file (${binary})`);
    return done(text, bom.encoding, true);
  }

  const binary = sniffBinaryBytes(bytes);
  if (binary) return fail(`binary file (${binary})`);

  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return done(utf8, 'utf-8', false);

  const legacy = decodeLegacy(bytes);
  if (!legacy.ok) return fail(`binary or undecodable file (not valid UTF-8, and ${legacy.reason})`);
  return done(legacy.text, legacy.encoding, false);
}

function done(text: string, encoding: Encoding, bom: boolean): DecodeResult {
  const { lines, lineEnding } = splitLines(text);
  return { ok: true, value: { text, lines, encoding, bom, lineEnding } };
}

type LegacyResult =
  | { ok: true; text: string; encoding: (typeof LEGACY_CANDIDATES)[number] }
  | { ok: false; reason: string };

/** Decode with every legacy candidate, keep the best-scoring one, and refuse it if it still reads as garbage. */
function decodeLegacy(bytes: Uint8Array): LegacyResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let best: { text: string; encoding: (typeof LEGACY_CANDIDATES)[number]; score: DecodingScore } | null = null;
  for (const encoding of LEGACY_CANDIDATES) {
    const text = iconv.decode(buffer, encoding, { stripBOM: false });
    const score = scoreDecoding(text);
    if (best === null || score.score > best.score.score) best = { text, encoding, score };
  }
  if (best === null) return { ok: false, reason: 'no candidate encoding' };

  const { odd, nonAscii, hanzi, frequent } = best.score;
  if (odd > nonAscii * MAX_ODD_SHARE) {
    return {
      ok: false,
      reason: `even the best candidate (${best.encoding}) leaves ${odd} of ${nonAscii} non-ASCII characters invalid`,
    };
  }
  if (hanzi >= MIN_HANZI_SAMPLE && frequent < hanzi * MIN_FREQUENT_SHARE) {
    const percent = Math.round((100 * frequent) / hanzi);
    return {
      ok: false,
      reason: `neither GB18030 nor Big5 reads as Chinese (best, ${best.encoding}: only ${percent} % common characters)`,
    };
  }
  return { ok: true, text: best.text, encoding: best.encoding };
}
