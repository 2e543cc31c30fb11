import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Converter, Locale } from 'opencc-js/t2cn';
import { describe, expect, test } from 'vitest';
import { decodeNotice } from '../../scripts/decode/decode-notice.ts';
import { changesScriptAbove } from '../../scripts/parse/normalize.ts';
import { changedUnitBounds, mayChangeScript, toSimplified } from '../../scripts/parse/to-simplified.ts';
import { SEEDS_DIR, seedFiles } from '../support/seeds.ts';

/** OpenCC's own converter, which toSimplified must always agree with. */
const opencc = Converter({ from: 't', to: 'cn' });

/** The share of CJK characters OpenCC changes, counted the long way: what changesScriptAbove decides on. */
function changedShare(text: string): number {
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).slice(0, 20_000);
  if (cjk.length === 0) return 0;
  const converted = opencc(cjk.join(''));
  return cjk.filter((char, i) => converted[i] !== char).length / cjk.length;
}

/** Every line of the seeds, decoded. */
const seedLines = seedFiles.flatMap((file) => {
  const decoded = decodeNotice(readFileSync(join(SEEDS_DIR, file)), file);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.value.lines;
});

/** Phrases of the conversion dictionary, Traditional side. */
const phrases = Locale.to.cn.flat().flatMap((dictionary) => (typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')[0]!) : dictionary.map(([from]) => from)));
/** Text made of dictionary phrases, their characters, Simplified words and punctuation. */
const mixedText = fc
  .array(fc.oneof(fc.constantFrom(...phrases), fc.constantFrom(...phrases.join('')), fc.constantFrom('健康', '建设', '工作', '要点', '卫生', '、', '(', '1.', ' ', 'a')), { maxLength: 30 })
  .map((parts) => parts.join(''));

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
    expect(seedLines.length).toBeGreaterThan(500);
    // Most lines of the (Simplified) seeds skip OpenCC; the test would not show the shortcut otherwise.
    expect(seedLines.filter((line) => !mayChangeScript(line)).length).toBeGreaterThan(seedLines.length / 2);
    for (const line of seedLines) expect(toSimplified(line)).toBe(opencc(line));
  });

  test('text made of dictionary phrases, their characters and Simplified text converts exactly as OpenCC converts it', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(toSimplified(text)).toBe(opencc(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('how much of a text changes script', () => {
  test.each([
    ['區衛生局', 2, 2],
    ['区卫生局', 0, 0],
    ['实现全覆盖', 0, 1], // 覆 may change (反覆 → 反复), though here it does not
    ['乾隆年間', 1, 2], // 乾 changes in 乾淨, not in 乾隆; 間 wherever it stands
    ['Healthy 2030', 0, 0],
  ])('%s: at least %i and at most %i units change', (text, least, most) => {
    expect(changedUnitBounds(text)).toEqual({ least, most });
    const converted = opencc(text);
    const changed = [...text].filter((char, i) => converted[i] !== char).length;
    expect(changed).toBeGreaterThanOrEqual(least);
    expect(changed).toBeLessThanOrEqual(most);
  });

  test('the bounds hold on mixed text', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const { least, most } = changedUnitBounds(text);
        const converted = opencc(text);
        if (most === Infinity) return;
        expect(converted.length).toBe(text.length);
        let changed = 0;
        for (let i = 0; i < text.length; i++) if (converted[i] !== text[i]) changed++;
        expect(changed).toBeGreaterThanOrEqual(least);
        expect(changed).toBeLessThanOrEqual(most);
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ['市衛生健康委牽頭,區教育局參與', 0.05, true],
    ['市卫生健康委牵头,区教育局参与', 0.05, false],
    // One character of 20 is 5%, not more.
    [`${'健'.repeat(19)}衛`, 0.05, false],
    [`${'健'.repeat(18)}衛衛`, 0.05, true],
    // 覆 counts as changeable but does not change in 全覆盖: the share is decided by converting.
    [`全覆盖${'健'.repeat(10)}`, 0.05, false],
  ])('%s: more than %f changes: %s', (text, share, above) => {
    expect(changesScriptAbove(text, share)).toBe(above);
    expect(changedShare(text) > share).toBe(above);
  });

  test('the decision is the one counting every changed character gives, on the seeds and on mixed text', () => {
    const shares = [0, 0.05, 0.2, 0.5];
    const notices = [seedLines.join(''), ...seedFiles.map((_, i) => seedLines.slice(i * 50, i * 50 + 80).join(''))];
    for (const text of notices) for (const share of shares) expect(changesScriptAbove(text, share)).toBe(changedShare(text) > share);
    fc.assert(
      fc.property(mixedText, fc.constantFrom(...shares), (text, share) => {
        expect(changesScriptAbove(text, share)).toBe(changedShare(text) > share);
      }),
      { numRuns: 2000 },
    );
  });
});
