import { describe, expect, test } from 'vitest';
import { readNotice } from '../../scripts/ingest/read-notice.ts';

// Invented notices: which of the places a notice names is the plan's own.
function placeOf(noticeTitle: string, issuer: string, planTitle: string, text = '坚持预防为主,全面提升居民健康水平。'): unknown {
  const lines = [noticeTitle, '各乡镇人民政府,县直各单位:', `现将《${planTitle}》印发给你们,请认真贯彻执行。`, issuer, '2021年5月8日', planTitle, '为推进健康工作,制定本方案。', '一、总体要求', text];
  const outcome = readNotice('place.txt', Buffer.from(lines.join('\n')));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan.jurisdiction;
}

describe('the place of a plan', () => {
  test.each([
    // Two 健康X in the title: the one the issuer is in, not the province whose plan it carries out.
    ['临江市人民政府办公室关于印发贯彻落实健康西江行动推进健康临江建设实施方案的通知', '临江市人民政府办公室', '贯彻落实健康西江行动推进健康临江建设实施方案', '按照西江省要求,结合全市实际推进。', { place: '临江市', level: 'city' }],
    // 健康口腔 names a programme: the issuer's place wins over a bare name nobody prints with a level.
    ['关于印发健康口腔行动实施方案的通知', '青山县卫生健康局', '健康口腔行动实施方案', undefined, { place: '青山县', level: 'county' }],
    ['关于印发健康骨骼行动实施方案的通知', '临江市卫生健康委员会', '健康骨骼行动实施方案', undefined, { place: '临江市', level: 'city' }],
    // A one-character name whose level is part of it (沛县): no second 县.
    ['沛县人民政府办公室关于印发健康沛县行动实施方案的通知', '沛县人民政府办公室', '健康沛县行动实施方案', '全县各乡镇、县直各部门共同推进。县政府统筹。', { place: '沛县', level: 'county' }],
    // The 健康X name inside the issuer's place (健康高新 by 临江高新区管委会) is the issuer's place.
    ['临江高新区管委会关于印发健康高新行动实施方案的通知', '临江高新区管委会', '健康高新行动实施方案', '高新区各街道共同推进。', { place: '临江高新区', level: 'district' }],
    // A bare 健康X with no issuer's place still names the plan's place.
    ['关于印发健康青山行动实施方案的通知', '健康办', '健康青山行动实施方案', '全县各乡镇、县直各部门共同推进。县政府统筹。', { place: '青山县', level: 'county' }],
  ])('%s', (noticeTitle, issuer, planTitle, text, expected) => {
    expect(placeOf(noticeTitle, issuer, planTitle, text)).toMatchObject(expected);
  });
});
