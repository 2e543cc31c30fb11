import { describe, expect, test } from 'vitest';
import { parseInvented as parse } from '../support/parse-invented.ts';

// Invented notices (places and units made up) in the shapes real pages take around a cover notice:
// page labels ending in a colon, issuer and date lines under a title, one-line signatures…

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

describe('a plan with no cover, its issuer and date printed under its title', () => {
  test.each([
    ['issuer and date on two lines', ['临江市卫生健康委员会', '2022年3月1日']],
    ['the date alone', ['2022年3月1日']],
    ['issuer and date on one line', ['临江市卫生健康委员会 2022年3月1日']],
    ['the date in Chinese numerals', ['临江市卫生健康委员会', '二〇二二年三月一日']],
  ])('%s: the title stays the title, the signature is read', (_, signature) => {
    const plan = parse(['临江市卫生健康委员会网站', '健康临江建设2022年工作要点', ...signature, '为扎实推进健康临江建设,现提出以下工作要点。', '一、强化健康知识普及', '开展健康素养促进行动。']);
    expect(plan.planTitle).toBe('健康临江建设2022年工作要点');
    expect(plan.dates.written?.iso).toBe('2022-03-01');
    if (signature.join('').includes('委员会')) expect(plan.issuer).toBe('临江市卫生健康委员会');
    expect(plan.lines.filter((l) => signature.includes(l.text)).map((l) => l.role)).toEqual(signature.map(() => 'metadata'));
  });
});

describe('a signature printed as one line: the issuer, a space, the date', () => {
  test.each([
    ['青山县人民政府办公室 2021年6月18日', '青山县人民政府办公室', '2021-06-18'],
    ['青山县人民政府办公室2021年6月18日', '青山县人民政府办公室', '2021-06-18'],
    ['青山县爱卫办 2021 年 6 月 18 日', '青山县爱卫办', '2021-06-18'],
  ])('%s', (line, issuer, iso) => {
    const plan = parse(['青山县人民政府办公室关于印发健康青山行动实施方案的通知', '青政办发〔2021〕12号', ...COVER, line, ...PLAN]);
    expect(plan.cover?.issuer).toBe(issuer);
    expect(plan.cover?.signedDate?.iso).toBe(iso);
    expect(plan.planTitle).toBe('健康青山行动实施方案');
  });
});

describe('a directly issued 实施意见 signed after its last clause', () => {
  const TITLE = '青山县人民政府关于推进健康青山行动的实施意见';
  const TEXT = ['各乡镇人民政府,县直各单位:', '为加快推进健康青山建设,现提出如下实施意见。', '一、总体要求', '坚持预防为主。', '二、主要任务', '(一)实施健康知识普及行动。(县卫生健康局牵头,县教育局配合)', '(二)实施控烟行动。'];
  test.each([
    ['issuer and date', ['青山县人民政府', '2020年10月12日']],
    ['the date alone', ['2020年10月12日']],
    ['issuer and date on one line', ['青山县人民政府 2020年10月12日']],
  ])('%s: the clauses are plan text, the sign-off closes it', (_, signOff) => {
    const plan = parse([TITLE, ...TEXT, ...signOff]);
    expect(plan.planTitle).toBe(TITLE);
    expect(plan.clauses.filter((c) => c.number).map((c) => c.number!.printed)).toEqual(['一、', '二、']);
    expect(plan.closing.map((c) => c.text)).toEqual(signOff);
  });
  test('a cover whose date is followed by its plan still ends at that date', () => {
    const plan = parse(['关于印发健康青山行动实施方案的通知', '各乡镇人民政府,县直各单位:', '现将方案印发给你们,并提出以下要求:', '一、加强领导。', '二、抓好落实。', '青山县人民政府办公室', '2021年6月18日', '健康青山行动实施方案', '一、总体要求', '坚持预防为主。']);
    expect(plan.cover?.signedDate?.iso).toBe('2021-06-18');
    expect(plan.planTitle).toBe('健康青山行动实施方案');
  });
});

describe('a notice title printed over two lines', () => {
  test.each([
    ['split after 关于推进', ['临江市人民政府关于推进', '健康临江行动的实施意见'], '临江市人民政府关于推进健康临江行动的实施意见', '临江市人民政府关于推进健康临江行动的实施意见'],
    ['split inside the plan name', ['临江市人民政府办公室关于印发健康临江', '行动实施方案的通知'], '临江市人民政府办公室关于印发健康临江行动实施方案的通知', '健康临江行动实施方案'],
  ])('%s: both lines are the notice title', (_, title, joined, planTitle) => {
    const plan = parse(['首页 > 信息公开 > 政策文件', ...title, '临政发〔2020〕9号', '各县(市、区)人民政府,市政府各部门:', '为推进健康临江建设,现提出如下意见。', '一、总体要求', '坚持预防为主。']);
    expect(plan.noticeTitle).toBe(joined);
    expect(plan.planTitle).toBe(planTitle);
    expect(plan.documentNumber).toBe('临政发〔2020〕9号');
    expect(plan.lines.filter((l) => title.includes(l.text)).map((l) => l.role)).toEqual(['cover', 'cover']);
  });
});

describe('a short bracketed qualifier printed under the plan title belongs to it', () => {
  test.each([
    ['(试行)', '健康青山行动实施方案(试行)'],
    ['(征求意见稿)', '健康青山行动实施方案(征求意见稿)'],
    ['(2021—2025年)', '健康青山行动实施方案(2021—2025年)'],
  ])('%s', (qualifier, title) => {
    const plan = parse(['青山县人民政府办公室关于印发健康青山行动实施方案的通知', ...COVER, '青山县人民政府办公室', '2021年6月18日', PLAN[0]!, qualifier, ...PLAN.slice(1)]);
    expect(plan.planTitle).toBe(title);
  });
});

describe("the page's download link for the notice itself is not an attachment", () => {
  const NOTICE = '青山县人民政府办公室关于印发健康青山行动实施方案的通知';
  test.each([
    [`${NOTICE}.pdf`, [], 'site-chrome'],
    [`${NOTICE}.doc 点击下载`, [], 'site-chrome'],
    ['健康青山行动实施方案.pdf', [], 'site-chrome'],
    ['附件:健康青山行动实施方案.pdf', ['健康青山行动实施方案.pdf'], null],
    ['青山县健康行动任务分工表.xls', ['青山县健康行动任务分工表.xls'], null],
  ])('%s', (link, attachments, dropped) => {
    const plan = parse([NOTICE, ...COVER, '青山县人民政府办公室', '2021年6月18日', ...PLAN, link]);
    expect(plan.attachments.map((a) => a.name)).toEqual(attachments);
    expect(plan.lines.at(-1)).toMatchObject({ text: link, dropped });
  });
});
