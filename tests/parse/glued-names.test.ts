import { describe, expect, test } from 'vitest';
import { glueCuts } from '../../scripts/parse/glued-names.ts';

/** The names a printed name splits into. */
const split = (name: string, known: string[] = []) => {
  const bounds = [0, ...glueCuts(name, new Set(known)), name.length];
  return bounds.slice(1).map((end, i) => name.slice(bounds[i], end));
};

describe('two names printed without 、', () => {
  test.each([
    ['省委宣传部省科技厅', [], ['省委宣传部', '省科技厅']],
    ['县委宣传部县文明办', [], ['县委宣传部', '县文明办']],
    ['县教育局县体育局县卫健局', [], ['县教育局', '县体育局', '县卫健局']],
    ['市发展改革委市财政局', [], ['市发展改革委', '市财政局']],
    // Halves without a jurisdiction prefix split only when the plan names both elsewhere.
    ['青川市卫健委青川市教育局', ['青川市卫健委', '青川市教育局'], ['青川市卫健委', '青川市教育局']],
    ['青川市卫健委青川市教育局', [], ['青川市卫健委青川市教育局']],
  ])('%s (known %j) → %j', (name, known, expected) => {
    expect(split(name, known)).toEqual(expected);
  });

  test.each([
    '市委市政府督查室', // a joint office of the party committee and the government
    '县委县政府',
    '市市场监管局',
    '区市场监管局',
    '区城市管理局',
    '自治区卫生健康委',
    '市住房和城乡建设局',
    '县人民政府办公室',
    '市公安局交警支队',
    '省卫生健康委员会',
    '区教育局区属中小学',
    '团市委',
  ])('%s is one name', (name) => {
    expect(split(name, ['市委', '县政府', '市场监管局'])).toEqual([name]);
  });
});
