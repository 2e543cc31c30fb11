import { describe, expect, test } from 'vitest';
import { readNotice } from '../../scripts/ingest/read-notice.ts';
import type { Plan } from '../../src/model/index.ts';

// Invented notices (places and units made up) in the shapes real pages take around a cover notice:
// page labels ending in a colon, issuer and date lines under a title, one-line signatures…
function parse(lines: readonly string[]): Plan {
  const outcome = readNotice('cover.txt', Buffer.from(lines.join('\n')));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

const COVER = ['各乡镇人民政府,县直各单位:', '现将《健康青山行动实施方案》印发给你们,请认真贯彻执行。'];
const PLAN = ['健康青山行动实施方案', '为推进健康青山建设,制定本方案。', '一、总体要求', '坚持预防为主。'];

describe('a page label ending in a colon is never the addressee list', () => {
  test.each([
    ['分享到:'],
    ['相关链接:'],
    ['相关附件:'],
  ])('%s above the 文号 and addressees', (label) => {
    const plan = parse(['青山县人民政府办公室关于印发健康青山行动实施方案的通知', label, '青政办发〔2021〕12号', ...COVER, '青山县人民政府办公室', '2021年6月18日', ...PLAN]);
    expect(plan.cover?.addresseeLine).toBe('各乡镇人民政府,县直各单位:');
    expect(plan.documentNumber).toBe('青政办发〔2021〕12号');
    expect(plan.planTitle).toBe('健康青山行动实施方案');
  });
});
