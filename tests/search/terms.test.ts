import { describe, expect, test } from 'vitest';
import { foldWidth } from '../../src/lib/search/fold.ts';
import { splitTerms } from '../../src/lib/search/terms.ts';

describe('splitTerms (of a width-folded query)', () => {
  test.each([
    ['控烟', ['控烟']],
    ['心理 辅导', ['心理', '辅导']],
    ['心理　辅导，心理', ['心理', '辅导']],
    ['卫生 卫生局', ['卫生局']],
    ['“控烟”、限酒。', ['控烟', '限酒']],
    ['85% 9.5/10万 2017-2019', ['85%', '9.5/10万', '2017-2019']],
    ['区文广新局(旅游局、体育局)', ['区文广新局', '旅游局', '体育局']],
    ['  ', []],
  ])('%s → %j', (query, terms) => expect(splitTerms(foldWidth(query))).toEqual(terms));

  test('keeps at most eight terms', () => expect(splitTerms('一二 三四 五六 七八 九十 甲乙 丙丁 戊己 庚辛')).toHaveLength(8));
});
