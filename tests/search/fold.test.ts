import fc from 'fast-check';
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, test } from 'vitest';
import { foldText, foldWidth, hasTraditional } from '../../src/lib/search/fold.ts';

const toHans = Converter({ from: 't', to: 'cn' });

describe('foldWidth', () => {
  test.each([
    ['ＤＲＧｓ（８５％）', 'drgs(85%)'],
    ['AED\u3000配备', 'aed 配备'],
    ['第一\u00a0条\t二', '第一 条 二'],
    ['控烟', '控烟'],
  ])('%s → %s', (input, folded) => expect(foldWidth(input)).toBe(folded));
});

describe('foldText', () => {
  test.each([
    ['市衛生健康委牽頭', '市卫生健康委牵头'],
    ['控煙限酒', '控烟限酒'],
    ['進一步推進“三減三降”', '进一步推进“三减三降”'],
    ['２０２１年健康麗水建設工作要點', '2021年健康丽水建设工作要点'],
    ['家庭医生签约服务', '家庭医生签约服务'],
  ])('%s → %s', (input, folded) => expect(foldText(input, toHans)).toBe(folded));

  test('without a converter it only folds width', () => expect(foldText('衛生８５％')).toBe('衛生85%'));

  test('never changes the length, so a match in the folded text slices the printed one', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'衛生健康委麗水醫養結合控煙８５％ＡＢ 　乾隆後臺裡面𠀀'.split('')) }), (text) => {
        expect(foldText(text, toHans)).toHaveLength(text.length);
      }),
    );
  });
});

describe('hasTraditional', () => {
  const traditional = new Set('煙衛醫');
  test.each([
    ['控煙', true],
    ['控烟', false],
    ['85%', false],
  ])('%s → %s', (text, expected) => expect(hasTraditional(text, traditional)).toBe(expected));
});
