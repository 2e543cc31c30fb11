import { describe, expect, test } from 'vitest';
import { readCitedNumber } from '../../scripts/parse/cited-number.ts';
import { readCitedTitle } from '../../scripts/parse/cited-title.ts';
import { citingPlan, readFieldCitations } from '../../scripts/parse/read-citations.ts';
import type { Jurisdiction } from '../../src/model/index.ts';

const place: Jurisdiction = { place: '青川市', placeHans: '青川市', level: 'city', province: null };
const plan = citingPlan({ planTitle: '2024年健康青川建设工作要点', jurisdiction: place });
/** The citations of one invented clause text: title, 文号 and the printed span. */
const cite = (text: string) =>
  readFieldCitations({ text, at: { clauseId: 'c1-1', paragraph: null, field: 'text' } }, plan).map((c) => [
    c.title,
    c.documentNumber,
    text.slice(c.span.start, c.span.end),
  ]);

describe('citations as pages print them', () => {
  test.each([
    // A run of marks, the last with its 文号.
    [
      '根据《东岭省健康促进条例》《“健康东岭2030”行动纲要》和《青川市全民健身实施计划》(青政发〔2021〕7号)精神',
      [
        ['东岭省健康促进条例', null, '《东岭省健康促进条例》'],
        ['健康东岭2030行动纲要', null, '《“健康东岭2030”行动纲要》'],
        ['青川市全民健身实施计划', '青政发〔2021〕7号', '《青川市全民健身实施计划》(青政发〔2021〕7号)'],
      ],
    ],
    // Marks nested with <>, 〈〉 and 《》 read as one title, the inner marks dropped from it.
    ['落实《东岭省卫健委贯彻落实<健康东岭行动>的工作意见》要求', [['东岭省卫健委贯彻落实健康东岭行动的工作意见', null, '《东岭省卫健委贯彻落实<健康东岭行动>的工作意见》']]],
    ['落实《青川市贯彻〈东岭省控烟条例〉实施办法》', [['青川市贯彻东岭省控烟条例实施办法', null, '《青川市贯彻〈东岭省控烟条例〉实施办法》']]],
    ['按照《关于贯彻《全民健身条例》的意见》', [['关于贯彻全民健身条例的意见', null, '《关于贯彻《全民健身条例》的意见》']]],
    // Odd brackets around the year, full-width parentheses, a lost 号 and a cut ).
    ['执行《青川市慢病防治规划》（青卫发﹝2019﹞12号）', [['青川市慢病防治规划', '青卫发〔2019〕12号', '《青川市慢病防治规划》（青卫发﹝2019﹞12号）']]],
    ['执行《青川市慢病防治规划》(青卫发[2019]12号)', [['青川市慢病防治规划', '青卫发〔2019〕12号', '《青川市慢病防治规划》(青卫发[2019]12号)']]],
    ['执行《青川市慢病防治规划》(青卫发〔2019〕012', [['青川市慢病防治规划', '青卫发〔2019〕12号', '《青川市慢病防治规划》(青卫发〔2019〕012']]],
    // A closing 》 the page cut: the title ends at its last title word.
    ['根据《健康青川2030行动纲要,结合实际', [['健康青川2030行动纲要', null, '《健康青川2030行动纲要']]],
    // A closing ) cut inside the title is closed again for identity.
    ['对照《东岭省医疗服务体系规划(2021—2025年》,推进', [['东岭省医疗服务体系规划(2021—2025年)', null, '《东岭省医疗服务体系规划(2021—2025年》']]],
    // The plan itself, named in its cover, is not a citation.
    ['现将《2024年健康青川建设工作要点》印发给你们', []],
  ])('%s', (text, expected) => {
    expect(cite(text)).toEqual(expected);
  });
});

describe('the identity of a cited title', () => {
  test.each([
    ['青川市人民政府关于印发健康青川行动方案的通知', '健康青川行动方案', '青川市人民政府'],
    ['关于印发<青川市医保支付改革方案>的通知', '青川市医保支付改革方案', null],
    ['東嶺省人民政府辦公廳關於印發東嶺省控煙行動計劃', '东岭省控烟行动计划', '东岭省人民政府办公厅'],
    ['“健康东岭2030”行动纲要', '健康东岭2030行动纲要', null],
    ['国务院关于实施健康中国行动的意见', '国务院关于实施健康中国行动的意见', '国务院'],
  ])('%s → %s', (printed, title, issuer) => {
    expect(readCitedTitle(printed)).toEqual({ title, issuer });
  });

  test.each([
    ['(国发〔2019〕13号)', '国发〔2019〕13号'],
    ['（国办发﹝2019﹞32号）', '国办发〔2019〕32号'],
    ['(浙卫发(2017)107号)', '浙卫发〔2017〕107号'],
    ['(青政办发【2020】第3号)', '青政办发〔2020〕3号'],
    ['(见附件)', null],
  ])('文号 %s → %s', (printed, number) => {
    expect(readCitedNumber(printed.replace(/（/g, '(').replace(/）/g, ')').replace(/﹝/g, '〔').replace(/﹞/g, '〕'), 0)?.number ?? null).toBe(number);
  });
});
