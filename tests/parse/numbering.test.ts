import { describe, expect, test } from 'vitest';
import { formatChineseNumeral, parseChineseNumeral, readMarker } from '../../scripts/parse/numbering.ts';
import { normalizeForMatch } from '../../scripts/parse/normalize.ts';

describe('Chinese numerals', () => {
  test.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['一百零五', 105], ['两', 2],
  ])('%s reads as %i and writes back', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
    if (!text.includes('两') && !text.includes('零')) expect(formatChineseNumeral(value)).toBe(text);
  });
  test('non-numerals are not numbers', () => {
    expect(parseChineseNumeral('总体')).toBeNull();
  });
});

describe('readMarker on printed lines (normalized first, as the parser does)', () => {
  test.each([
    ['一、普及健康生活,提高全民身体素质', 'cn-dun', 1, '一、', null],
    ['  十、建立健全健康鄞州建设推进机制', 'cn-dun', 10, '十、', null],
    ['第二部分 主要任务', 'cn-dun', 2, '第二部分', null],
    ['(一)加強全民健康教育。開展文明城市', 'cn-paren', 1, '(一)', null],
    ['   (九)加强健康保障', 'cn-paren', 9, '(九)', null],
    ['(四))提升群众身边的健身指导水平', 'cn-paren', 4, '(四))', 'extra closing bracket'],
    ['1.加强区级健康教育与促进工作力量', 'arabic-dot', 1, '1.', null],
    ['    1. 建立健全全民健康促进与健康教育体系。', 'arabic-dot', 1, '1.', null],
    ['      5 .提升优质高效健康服务专项行动', 'arabic-dot', 5, '5 .', 'space before the stop'],
    ['1.2018年农村生活垃圾分类“三化”村覆盖率达到60%;', 'arabic-dot', 1, '1.', null],
    ['3、加强宣传', 'arabic-dot', 3, '3、', null],
    ['(2)开展培训', 'arabic-paren', 2, '(2)', null],
    ['②完善制度', 'circled', 2, '②', null],
  ])('%s', (line, style, value, printed, typo) => {
    const marker = readMarker(normalizeForMatch(line));
    expect(marker).toMatchObject({ style, value, typo });
    expect(line.slice(0, marker!.length).trim()).toBe(printed);
  });

  test.each([
    ['1.5倍以上的增长'],
    ['96.50%98%以上'],
    ['2018年底前完成'],
    ['(2017-2019年)'],
    ['——人民健康水平持续提高。'],
    ['一是开展学校卫生信息化管理'],
  ])('%s has no clause number', (line) => {
    expect(readMarker(normalizeForMatch(line))).toBeNull();
  });
});
