import { describe, expect, test } from 'vitest';
import type { CitedDocument } from '../../src/lib/lineage/cited-documents.ts';
import { isLevelSplit, LEVEL_SPLIT_AT, levelParts } from '../../src/lib/lineage/level-parts.ts';
import { titleInitial } from '../../src/lib/lineage/place-slug.ts';

/** An invented city-level document of `title`, cited by `plans` plans (only the count matters here). */
function documentTitled(title: string, plans = 1): CitedDocument {
  return {
    slug: `doc-${title.length}-${plans}`,
    title,
    otherTitles: [],
    documentNumber: null,
    level: 'city',
    levelRule: '标题以市名开头',
    spots: [],
    plans: Array.from({ length: plans }, () => ({}) as CitedDocument['plans'][number]),
    self: null,
    aliases: [],
  };
}

describe('the letter of a document title', () => {
  test.each([
    ['岚溪市全民健身实施计划', 'l'],
    ['东岭省控烟条例', 'd'],
    ['“健康东岭2030”行动纲要', 'j'],
    ['2021年岚溪市健康促进工作要点', '0'],
    ['Z市卫生城市创建方案', 'z'],
    ['……', '0'],
  ])('%s → %s', (title, key) => {
    expect(titleInitial(title)).toBe(key);
  });
});

describe('a level split by title letter', () => {
  test(`a level of more than ${LEVEL_SPLIT_AT} documents is split; one of exactly that many is not`, () => {
    expect(LEVEL_SPLIT_AT).toBe(300);
    const many = Array.from({ length: LEVEL_SPLIT_AT }, (_, i) => documentTitled(`岚溪市第${i}号方案`));
    expect(isLevelSplit(many)).toBe(false);
    expect(isLevelSplit([...many, documentTitled('东岭市控烟条例')])).toBe(true);
    expect(isLevelSplit(many.slice(0, 3), 2)).toBe(true);
  });

  test("letters in order, each keeping the level's order (most cited first)", () => {
    const docs = [documentTitled('岚溪市全民健身实施计划', 9), documentTitled('东岭市控烟条例', 5), documentTitled('岚溪市爱国卫生条例', 2), documentTitled('2020年东岭市工作要点', 1)];
    expect(levelParts(docs).map((part) => [part.key, part.documents.map((doc) => doc.title)])).toEqual([
      ['0', ['2020年东岭市工作要点']],
      ['d', ['东岭市控烟条例']],
      ['l', ['岚溪市全民健身实施计划', '岚溪市爱国卫生条例']],
    ]);
  });

  test("a document's letter does not move when other documents arrive", () => {
    const before = [documentTitled('东岭市控烟条例', 3), documentTitled('岚溪市爱国卫生条例', 2)];
    const after = [documentTitled('安平市健康城市规划', 40), ...before, documentTitled('白河市全民健康方案', 1)];
    const keyOf = (parts: ReturnType<typeof levelParts>, title: string) => parts.find((part) => part.documents.some((doc) => doc.title === title))!.key;
    for (const doc of before) expect(keyOf(levelParts(after), doc.title)).toBe(keyOf(levelParts(before), doc.title));
    expect(levelParts(after).map((part) => part.key)).toEqual(['a', 'b', 'd', 'l']);
  });

  // At 5,000 notices the county level's "0" (titles opening with a year) was one 451 KB page.
  test('a letter of more documents than a page holds goes on over numbered pages, none longer than the limit', () => {
    const yearly = Array.from({ length: 7 }, (_, i) => documentTitled(`${2010 + i}年岚溪县健康促进工作要点`, 10 - i));
    const parts = levelParts([documentTitled('东岭市控烟条例'), ...yearly], 3);
    expect(parts.map((part) => [part.key, part.documents.length])).toEqual([
      ['0', 3],
      ['0-2', 3],
      ['0-3', 1],
      ['d', 1],
    ]);
    expect(parts[0]!.documents.map((doc) => doc.title)).toEqual(yearly.slice(0, 3).map((doc) => doc.title));
  });
});
