import { describe, expect, test } from 'vitest';
import { readDate } from '../../scripts/parse/dates.ts';
import { readMetadataLine } from '../../scripts/parse/metadata.ts';
import { toSourceLines } from '../../scripts/parse/source-line.ts';

const pairs = (printed: string) => readMetadataLine(toSourceLines([printed])[0]!).map((e) => [e.key, e.value]);

describe('portal header lines', () => {
  test.each([
    ['索引号 002969720/2018-46239', [['索引号', '002969720/2018-46239']]],
    [' 组配分类 卫生  发布机构 鄞州区卫计局', [['组配分类', '卫生'], ['发布机构', '鄞州区卫计局']]],
    ['索引号: 发布机构: 桓仁满族自治县人民政府', [['索引号', ''], ['发布机构', '桓仁满族自治县人民政府']]],
    ['废止日期: 文 号:', [['废止日期', ''], ['文号', '']]],
    ['发布时间:2018-02-27 10:13:49 【字体:', [['发布时间', '2018-02-27 10:13:49']]],
    ['索引號 113325000026455663/2021-34643 文號 麗政辦發〔2021〕58號', [['索引号', '113325000026455663/2021-34643'], ['文号', '麗政辦發〔2021〕58號']]],
    ['發布時間:2021-10-25 17:03 瀏覽次數: 信息來源: 市府辦', [['发布时间', '2021-10-25 17:03'], ['浏览次数', ''], ['信息来源', '市府辦']]],
  ])('%s', (line, expected) => {
    expect(pairs(line)).toEqual(expected);
  });
});

describe('printed dates', () => {
  test.each([
    ['2018年10月25日', '2018-10-25', false],
    ['2018-02-27', '2018-02-27', false],
    ['2021-10-25 17:03', '2021-10-25', false],
    ['201761', '2017-06-01', true],
    ['20171231', '2017-12-31', true],
    ['2018年2月30日', null, false],
  ])('%s reads as %s', (printed, iso, guessed) => {
    expect(readDate(printed)).toMatchObject({ iso, guessed });
  });
});
