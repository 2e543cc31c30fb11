import { describe, expect, test } from 'vitest';
import { choiceOf, foldedFields, matchesAll, matchesFilters, type SearchRecord } from '../../src/lib/search/record.ts';

const record: SearchRecord = {
  url: 'plans/lishui-2021/index.html#c1-5',
  kind: 'action',
  title: '倡導健康生活方式',
  number: '一、(五)',
  section: '',
  plan: '2021年健康麗水建設工作要點',
  text: '進一步推進“三減三降”、控煙限酒和心理健康促進等行動。(市衛生健康委)',
  units: '牵头单位：市卫生健康委',
  lang: 'zh-Hant',
  hans: ['倡导健康生活方式', '进一步推进“三减三降”、控烟限酒和心理健康促进等行动。(市卫生健康委)', '牵头单位：市卫生健康委', '2021年健康丽水建设工作要点'],
  filters: { plan: ['lishui-2021'], place: ['丽水市'], year: ['2021'], lead: ['市卫生健康委'], kind: ['action'] },
};

describe('matchesAll: a result must hold every term', () => {
  test.each([
    [['控烟'], true],
    [['控烟', '心理健康'], true],
    [['丽水', '控烟'], true],
    [['心理', '辅导'], false],
    [['糖尿病'], false],
  ])('%j → %s', (terms, expected) => expect(matchesAll(record, terms)).toBe(expected));

  test('a Simplified record is matched in its width-folded form', () => {
    const simplified: SearchRecord = { ...record, hans: undefined, title: '控烟限酒行动', text: 'ＡＥＤ配备率达到８５％', lang: '' };
    expect(foldedFields(simplified)[1]).toBe('aed配备率达到85%');
    expect(matchesAll(simplified, ['85%', 'aed'])).toBe(true);
  });
});

describe('matchesFilters', () => {
  test.each([
    [{}, true],
    [{ kind: ['action'] }, true],
    [{ kind: ['unit'] }, false],
    [{ plan: ['lishui-2021'], year: ['2021'], lead: ['市卫生健康委'], place: ['丽水市'] }, true],
    [{ year: ['2020'] }, false],
    // Several values of a filter are alternatives; every filter must still hold.
    [{ place: ['鄞州区', '丽水市'] }, true],
    [{ place: ['鄞州区', '慈溪市'] }, false],
    [{ place: ['鄞州区', '丽水市'], year: ['2020'] }, false],
  ] as const)('%j → %s', (filters, expected) => expect(matchesFilters(record, filters)).toBe(expected));

  test('choiceOf: the URL’s one value a filter, as a choice', () => {
    expect(choiceOf({ kind: 'action', place: '丽水市' })).toEqual({ kind: ['action'], place: ['丽水市'] });
  });
});
