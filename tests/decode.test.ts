import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { decodeNotice } from '../scripts/decode/decode-notice.ts';
import type { DecodedNotice, DecodeResult, Encoding } from '../scripts/decode/decode-notice.ts';
import { FREQUENT_HANZI_COUNT, isFrequentHanzi } from '../scripts/decode/frequent-hanzi.ts';
import { scoreDecoding } from '../scripts/decode/score-decoding.ts';
import { splitLines } from '../scripts/decode/split-lines.ts';

const SIMPLIFIED_TITLE = '关于印发《2018年健康鄞州建设工作要点》的通知';
const SIMPLIFIED_DUTY = '(牵头单位:区教育局、区卫生计生局;参与单位:区委宣传部)';
const TRADITIONAL_TITLE = '麗水市人民政府辦公室關于印發2021年健康麗水建設工作要點的通知';
const TRADITIONAL_DUTY = '(市衛生健康委牽頭,市委組織部按職責分工負責)';

const SIMPLIFIED_NOTICE = [
  SIMPLIFIED_TITLE,
  '',
  '各健康鄞州建设领导小组成员单位:',
  '  《2018年健康鄞州建设工作要点》已经区政府同意,现印发给你们,请结合实际,认真贯彻落实。',
  '一、加强组织领导',
  SIMPLIFIED_DUTY,
].join('\n');

const TRADITIONAL_NOTICE = [
  TRADITIONAL_TITLE,
  '各縣(市、區)人民政府,市政府各部門:',
  '  《2021年健康麗水建設工作要點》已經市政府同意,現印發給你們,請認真貫徹執行。',
  '一、完善健康麗水建設工作機制',
  TRADITIONAL_DUTY,
].join('\r\n');

function expectOk(result: DecodeResult): DecodedNotice {
  if (!result.ok) throw new Error(`expected ok, got error: ${result.error}`);
  return result.value;
}

function expectError(result: DecodeResult): string {
  if (result.ok) throw new Error(`expected an error, got ${result.value.encoding} text`);
  return result.error;
}

const bytesOf = (...parts: (number[] | Uint8Array)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('legacy Chinese encodings', () => {
  test.each([
    // [label, text, encode with, expected detection]
    ['GBK title', SIMPLIFIED_TITLE, 'gbk', 'gb18030'],
    ['GBK duty line', SIMPLIFIED_DUTY, 'gbk', 'gb18030'],
    ['GBK notice', SIMPLIFIED_NOTICE, 'gbk', 'gb18030'],
    ['GB2312 notice', SIMPLIFIED_NOTICE, 'gb2312', 'gb18030'],
    ['GB18030 notice', SIMPLIFIED_NOTICE, 'gb18030', 'gb18030'],
    ['GB18030 with a four-byte character', `${SIMPLIFIED_TITLE}𠀀€`, 'gb18030', 'gb18030'],
    ['Big5 title', TRADITIONAL_TITLE, 'big5', 'big5'],
    ['Big5 duty line', TRADITIONAL_DUTY, 'big5', 'big5'],
    ['Big5 notice', TRADITIONAL_NOTICE, 'big5', 'big5'],
  ] as const)('%s → %s', (_label, text, encodeWith, expected: Encoding) => {
    const bytes = iconv.encode(text, encodeWith);
    // Precondition: the bytes are not UTF-8, so the legacy detection is what is tested.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const notice = expectOk(decodeNotice(bytes, 'notice.txt'));
    expect(notice.encoding).toBe(expected);
    expect(notice.bom).toBe(false);
    expect(notice.text).toBe(text);
  });

  test('the wrong candidate scores lower on both scripts', () => {
    const gbk = iconv.encode(SIMPLIFIED_NOTICE, 'gbk');
    expect(scoreDecoding(iconv.decode(gbk, 'gb18030')).score).toBeGreaterThan(
      scoreDecoding(iconv.decode(gbk, 'big5')).score,
    );
    const big5 = iconv.encode(TRADITIONAL_NOTICE, 'big5');
    expect(scoreDecoding(iconv.decode(big5, 'big5')).score).toBeGreaterThan(
      scoreDecoding(iconv.decode(big5, 'gb18030')).score,
    );
  });

  test('the frequent-character table holds common Simplified and Traditional characters, not rare ones', () => {
    expect(FREQUENT_HANZI_COUNT).toBeGreaterThan(1500);
    expect(FREQUENT_HANZI_COUNT).toBeLessThan(1700);
    for (const ch of '健康卫生医疗通知的一是衛醫療關於') expect(isFrequentHanzi(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of '鄞麗籵眭ェ芛') expect(isFrequentHanzi(ch.charCodeAt(0)), ch).toBe(false);
  });

  test('a Big5 notice keeps its CRLF line numbers', () => {
    const notice = expectOk(decodeNotice(iconv.encode(TRADITIONAL_NOTICE, 'big5'), 'lishui.txt'));
    expect(notice.lineEnding).toBe('crlf');
    expect(notice.lines).toHaveLength(5);
    expect(notice.lines[4]).toBe(TRADITIONAL_DUTY);
  });
});

describe('Unicode encodings and byte order marks', () => {
  test('UTF-8 without BOM', () => {
    const notice = expectOk(decodeNotice(utf8(SIMPLIFIED_NOTICE), 'a.txt'));
    expect(notice).toMatchObject({ encoding: 'utf-8', bom: false, text: SIMPLIFIED_NOTICE, lineEnding: 'lf' });
    expect(notice.lines).toEqual(SIMPLIFIED_NOTICE.split('\n'));
  });

  test('pure ASCII is UTF-8', () => {
    expect(expectOk(decodeNotice(utf8('2018-10-30\n'), 'a.txt'))).toMatchObject({
      encoding: 'utf-8',
      lines: ['2018-10-30'],
      lineEnding: 'lf',
    });
  });

  test.each([
    ['UTF-8', [0xef, 0xbb, 0xbf], utf8(SIMPLIFIED_NOTICE), 'utf-8'],
    ['UTF-16LE', [0xff, 0xfe], iconv.encode(TRADITIONAL_NOTICE, 'utf-16le'), 'utf-16le'],
    ['UTF-16BE', [0xfe, 0xff], iconv.encode(SIMPLIFIED_NOTICE, 'utf-16be'), 'utf-16be'],
  ] as const)('%s with BOM: encoding from the BOM, BOM stripped', (_label, bom, body, encoding: Encoding) => {
    const notice = expectOk(decodeNotice(bytesOf([...bom], body), 'bom.txt'));
    expect(notice.encoding).toBe(encoding);
    expect(notice.bom).toBe(true);
    const expected = encoding === 'utf-16le' ? TRADITIONAL_NOTICE : SIMPLIFIED_NOTICE;
    expect(notice.text).toBe(expected);
    expect(notice.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(notice.lines[0]).toBe(expected.split(/\r?\n/)[0]);
  });

  test('a second BOM after the first is content, not stripped', () => {
    const notice = expectOk(decodeNotice(bytesOf([0xef, 0xbb, 0xbf], utf8('\ufeff健康')), 'a.txt'));
    expect(notice.text).toBe('\ufeff健康');
  });

  test('a UTF-8 BOM followed by invalid UTF-8 is refused', () => {
    const error = expectError(decodeNotice(bytesOf([0xef, 0xbb, 0xbf], iconv.encode(SIMPLIFIED_TITLE, 'gbk')), 'x.txt'));
    expect(error).toMatch(/^x\.txt: binary or corrupt file \(starts with a UTF-8 byte order mark/);
  });

  test('UTF-16LE with an odd byte count is refused', () => {
    const error = expectError(decodeNotice(bytesOf([0xff, 0xfe, 0x65, 0x51, 0x41]), 'odd.txt'));
    expect(error).toMatch(/^odd\.txt: .*UTF-16LE/);
  });
});

describe('line endings', () => {
  test.each([
    ['LF', 'a\nb\nc', ['a', 'b', 'c'], 'lf'],
    ['LF, trailing newline', 'a\nb\nc\n', ['a', 'b', 'c'], 'lf'],
    ['CRLF', '第一行\r\n第二行\r\n第三行\r\n', ['第一行', '第二行', '第三行'], 'crlf'],
    ['lone CR', '第一行\r第二行\r第三行', ['第一行', '第二行', '第三行'], 'cr'],
    ['mixed, CRLF dominant', 'a\r\nb\r\nc\nd\re\r\n', ['a', 'b', 'c', 'd', 'e'], 'crlf'],
    ['mixed, LF dominant', 'a\nb\r\nc\nd', ['a', 'b', 'c', 'd'], 'lf'],
    ['mixed, CR dominant', 'a\rb\rc\nd', ['a', 'b', 'c', 'd'], 'cr'],
    ['CR and LF tied: LF wins', 'a\r\rb\n\nc', ['a', '', 'b', '', 'c'], 'lf'],
    ['blank lines kept', '\n\na\n\n', ['', '', 'a', ''], 'lf'],
    ['single line', '健康鄞州', ['健康鄞州'], 'none'],
    ['single line, trailing LF', '健康鄞州\n', ['健康鄞州'], 'lf'],
    ['whitespace only', ' \t\n', [' \t'], 'lf'],
    ['form feed is not a line break', 'a\fb', ['a\fb'], 'none'],
  ] as const)('%s', (_label, text, lines, lineEnding) => {
    const notice = expectOk(decodeNotice(utf8(text), 'lines.txt'));
    expect(notice.lines).toEqual(lines);
    expect(notice.lineEnding).toBe(lineEnding);
    expect(notice.text).toBe(text);
  });

  test('line numbers survive mixed endings', () => {
    const text = [SIMPLIFIED_TITLE, '\r\n', '', '\r', SIMPLIFIED_DUTY, '\n', '三、保障措施', '\r\n'].join('');
    const { lines } = expectOk(decodeNotice(iconv.encode(text, 'gbk'), 'mixed.txt'));
    expect(lines[1 - 1]).toBe(SIMPLIFIED_TITLE);
    expect(lines[2 - 1]).toBe('');
    expect(lines[3 - 1]).toBe(SIMPLIFIED_DUTY);
    expect(lines[4 - 1]).toBe('三、保障措施');
    expect(lines).toHaveLength(4);
  });

  test('splitLines of an empty string has no lines', () => {
    expect(splitLines('')).toEqual({ lines: [], lineEnding: 'none' });
  });
});

describe('refused input', () => {
  test.each([
    ['empty file', [], 'empty.txt: empty file (0 bytes)'],
    ['UTF-8 BOM only', [0xef, 0xbb, 0xbf], 'bom.txt: empty file (only a UTF-8 byte order mark)'],
    ['UTF-16LE BOM only', [0xff, 0xfe], 'bom.txt: empty file (only a UTF-16LE byte order mark)'],
    ['UTF-16BE BOM only', [0xfe, 0xff], 'bom.txt: empty file (only a UTF-16BE byte order mark)'],
  ] as const)('%s', (label, bytes, message) => {
    const file = label === 'empty file' ? 'empty.txt' : 'bom.txt';
    expect(decodeNotice(Uint8Array.from(bytes), file)).toEqual({ ok: false, error: message });
  });

  const PNG_HEADER = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01,
    0x00,
  ];

  /** Deterministic pseudo-random bytes (xorshift32). */
  function randomBytes(length: number, seed: number): Uint8Array {
    const out = new Uint8Array(length);
    let x = seed;
    for (let i = 0; i < length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out[i] = x & 0xff;
    }
    return out;
  }

  test.each([
    ['PNG header', Uint8Array.from(PNG_HEADER), /^logo\.png: binary file \(NUL byte at offset 8\)$/],
    ['random bytes', randomBytes(4096, 0x2018), /^logo\.png: binary file \(NUL byte at offset \d+\)$/],
    ['a NUL inside Chinese text', bytesOf(utf8(SIMPLIFIED_TITLE), [0]), /^logo\.png: binary file \(NUL byte at offset 64\)$/],
    [
      'random bytes without NULs',
      randomBytes(4096, 7).map((b) => (b === 0 ? 1 : b)),
      /^logo\.png: binary file \(\d+ of 4096 bytes are control characters\)$/,
    ],
    [
      'high bytes only (no controls, not Chinese)',
      randomBytes(4096, 99).map((b) => b | 0x80),
      /^logo\.png: binary or undecodable file \(not valid UTF-8, and /,
    ],
    [
      'UTF-16LE with BOM holding NULs',
      bytesOf([0xff, 0xfe], [0x41, 0x00, 0x00, 0x00]),
      /^logo\.png: binary file \(NUL character at position 1\)$/,
    ],
  ] as const)('%s → binary error naming the file', (_label, bytes, message) => {
    expect(expectError(decodeNotice(bytes, 'logo.png'))).toMatch(message);
  });

  test('a few stray control characters in a long text are tolerated', () => {
    const text = `${SIMPLIFIED_NOTICE}\u001a`;
    expect(expectOk(decodeNotice(utf8(text), 'a.txt')).text).toBe(text);
  });

  test('whitespace-only text is not an error here', () => {
    expect(expectOk(decodeNotice(utf8('  \r\n\t\r\n'), 'blank.txt'))).toMatchObject({
      lines: ['  ', '\t'],
      lineEnding: 'crlf',
    });
  });
});

describe('large input', () => {
  const LINE = `${SIMPLIFIED_DUTY}健康鄞州建设工作要点,各单位要认真贯彻落实。`;
  const lineBytes = utf8(`${LINE}\n`);
  const count = Math.ceil((10 * 1024 * 1024) / lineBytes.length);
  const big = new Uint8Array(lineBytes.length * count);
  for (let i = 0; i < count; i++) big.set(lineBytes, i * lineBytes.length);

  test('a 10 MB UTF-8 notice decodes quickly with the right line count', () => {
    const started = performance.now();
    const notice = expectOk(decodeNotice(big, 'big.txt'));
    const elapsed = performance.now() - started;
    expect(big.length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    expect(notice.encoding).toBe('utf-8');
    expect(notice.lines).toHaveLength(count);
    expect(notice.lines[count - 1]).toBe(LINE);
    expect(notice.lineEnding).toBe('lf');
    expect(elapsed).toBeLessThan(5_000);
  });

  test('a 10 MB GBK notice decodes quickly with the right line count', () => {
    const gbkLine = iconv.encode(`${LINE}\r\n`, 'gbk');
    const n = Math.ceil((10 * 1024 * 1024) / gbkLine.length);
    const bytes = new Uint8Array(gbkLine.length * n);
    for (let i = 0; i < n; i++) bytes.set(gbkLine, i * gbkLine.length);
    const started = performance.now();
    const notice = expectOk(decodeNotice(bytes, 'big-gbk.txt'));
    const elapsed = performance.now() - started;
    expect(notice.encoding).toBe('gb18030');
    expect(notice.lines).toHaveLength(n);
    expect(notice.lines[0]).toBe(LINE);
    expect(notice.lineEnding).toBe('crlf');
    expect(elapsed).toBeLessThan(10_000);
  });
});
