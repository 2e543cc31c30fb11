import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Converter, Locale } from 'opencc-js/t2cn';
import { describe, expect, test } from 'vitest';
import { decodeNotice } from '../../scripts/decode/decode-notice.ts';
import { mayChangeScript, toSimplified } from '../../scripts/parse/to-simplified.ts';
import { SEEDS_DIR, seedFiles } from '../support/seeds.ts';

/** OpenCC's own converter, which toSimplified must always agree with. */
const opencc = Converter({ from: 't', to: 'cn' });

describe('Traditional→Simplified conversion', () => {
  test.each([
    ['市衛生健康委牽頭', '市卫生健康委牵头', true],
    ['區教育局、區體育局按職責分工負責', '区教育局、区体育局按职责分工负责', true],
    // 覆 and 乾 change in some phrases (反覆 → 反复), so such text is converted, and kept here.
    ['实现全覆盖', '实现全覆盖', true],
    ['反覆', '反复', true],
    ['乾隆年間', '乾隆年间', true],
    // Already Simplified, or no Chinese at all: returned as is, OpenCC never called.
    ['2018年健康青岚建设工作要点', '2018年健康青岚建设工作要点', false],
    ['(牵头单位:区卫生计生局;参与单位:各镇(街道))', '(牵头单位:区卫生计生局;参与单位:各镇(街道))', false],
    ['Healthy Qinglan 2030 — plan No. 7', 'Healthy Qinglan 2030 — plan No. 7', false],
    ['', '', false],
  ])('%s → %s (OpenCC consulted: %s)', (text, simplified, consulted) => {
    expect(toSimplified(text)).toBe(simplified);
    expect(mayChangeScript(text)).toBe(consulted);
    expect(opencc(text)).toBe(simplified);
  });

  test('every line of the seeds converts exactly as OpenCC converts it', () => {
    const lines = seedFiles.flatMap((file) => {
      const decoded = decodeNotice(readFileSync(join(SEEDS_DIR, file)), file);
      if (!decoded.ok) throw new Error(decoded.error);
      return decoded.value.lines;
    });
    expect(lines.length).toBeGreaterThan(500);
    // Most lines of the (Simplified) seeds skip OpenCC; the test would not show the shortcut otherwise.
    expect(lines.filter((line) => !mayChangeScript(line)).length).toBeGreaterThan(lines.length / 2);
    for (const line of lines) expect(toSimplified(line)).toBe(opencc(line));
  });

  test('text made of dictionary phrases, their characters and Simplified text converts exactly as OpenCC converts it', () => {
    const phrases = Locale.to.cn.flat().flatMap((dictionary) => (typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')[0]!) : dictionary.map(([from]) => from)));
    const pieces = fc.oneof(fc.constantFrom(...phrases), fc.constantFrom(...phrases.join('')), fc.constantFrom('健康', '建设', '工作', '要点', '卫生', '、', '(', '1.', ' ', 'a'));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(toSimplified(text)).toBe(opencc(text));
      }),
      { numRuns: 2000 },
    );
  });
});
