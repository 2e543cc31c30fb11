import { describe, expect, test } from 'vitest';
import { furnitureReason } from '../../scripts/parse/furniture.ts';
import { readMetadataLine } from '../../scripts/parse/metadata.ts';
import { normalizeForMatch } from '../../scripts/parse/normalize.ts';
import { toSourceLines } from '../../scripts/parse/source-line.ts';

// Invented page furniture in the shapes scraped pages print around a notice.
describe('page furniture above a notice is dropped with a named reason', () => {
  test.each([
    ['当前位置:首页 > 政务公开 > 文件', 'site-chrome'],
    ['青山县人民政府> 法定主动公开内容> 规范性文件>', 'site-chrome'],
    ['朗读', 'site-chrome'],
    ['收藏', 'site-chrome'],
    ['字号: 打印: 分享:', 'site-chrome'],
    ['字体:[ 大 中 小 ]', 'site-chrome'],
    ['关怀版 无障碍', 'site-chrome'],
    ['青山县卫生健康委员会欢迎您', 'site-chrome'],
    ['欢迎访问青山县人民政府网站!', 'site-chrome'],
    ['Health Commission of Qingshan County', 'site-chrome'],
    ['新闻资讯', 'site-chrome'],
    ['2023-03-01 09:15:20 160', 'site-chrome'],
    ['2021-06-25 青山县 收藏', 'site-chrome'],
    ['2022111306', 'site-chrome'],
    ['青山县健康城市建设规划.doc', 'site-chrome'],
    ['《青山县健康规划.docx》由会员分享,可在线阅读,更多相关文档请在某某文档上搜索。', 'site-chrome'],
    ['黄色AV免费看|日韩在线网站|成人影院|福利视频大全', 'spam'],
    ['某某体育官网_某某体育平台-app*投注', 'spam'],
    ['—3—', 'page-marker'],
    ['……(开头部分已省略812字)', 'page-marker'],
  ])('%s → %s', (line, reason) => {
    expect(furnitureReason(normalizeForMatch(line), 'header')).toBe(reason);
  });

  test.each([
    ['一、总体要求'],
    ['青山县健康城市建设规划(2021-2025年)'],
    ['2021年5月12日'],
    ['为贯彻落实健康中国战略,结合我县实际,制定本方案。'],
    ['(市卫生健康委牵头,市有关部门配合)'],
  ])('%s is not furniture', (line) => {
    expect(furnitureReason(normalizeForMatch(line), 'header')).toBeNull();
  });

  test('in the plan text only what can never be a notice\'s words is furniture', () => {
    expect(furnitureReason('2022111306', 'body')).toBeNull();
    expect(furnitureReason('新闻资讯', 'body')).toBeNull();
    expect(furnitureReason(normalizeForMatch('当前位置:首页 > 文件'), 'body')).toBe('site-chrome');
  });
});

const pairs = (printed: string) => readMetadataLine(toSourceLines([printed])[0]!).map((e) => [e.key, e.value]);

describe('disclosure metadata in every printed shape; a value stops at the next label', () => {
  test.each([
    ['| 索 引 号: | 000111222/202011-00012 | 信息分类: | 其他文件/卫生健康 |', [['索引号', '000111222/202011-00012'], ['信息分类', '其他文件/卫生健康']]],
    ['文件编号 | 发布机构 | 政务公开办 | |', [['文件编号', ''], ['发布机构', '政务公开办']]],
    ['文 号 | 青府发〔2020〕23号 | 公文种类 | 通知 | ||', [['文号', '青府发〔2020〕23号'], ['公文种类', '通知']]],
    ['[ 索引号 ] | 1150/2019-07463 | [ 发文字号 ] | 青府发〔2019〕29号 |', [['索引号', '1150/2019-07463'], ['发文字号', '青府发〔2019〕29号']]],
    ['  • 发文字号 青政办发〔2020〕3号', [['发文字号', '青政办发〔2020〕3号']]],
    ['文号: 青政发〔2021〕1号 关键字:', [['文号', '青政发〔2021〕1号'], ['关键字', '']]],
    ['发布日期:2017年05月26日阅读次数:308', [['发布日期', '2017年05月26日'], ['阅读次数', '308']]],
    ['发布日期:2022-09-01 08:41 字体:[ ]', [['发布日期', '2022-09-01 08:41']]],
    ['名        称:青山县人民政府关于印发青山县健康规划的通知', [['名称', '青山县人民政府关于印发青山县健康规划的通知']]],
  ])('%s', (line, expected) => {
    expect(pairs(line)).toEqual(expected);
  });
});
