import { describe, expect, test } from 'vitest';
import { readNotice } from '../../scripts/ingest/read-notice.ts';
import type { Clause, Plan } from '../../src/model/index.ts';

// Invented notices in the shapes real scraped pages take (no cover title, page furniture,
// flattened text, doc-sharing chunks, Chinese-numeral dates). Places and units are invented.
function parse(text: string): Plan {
  const outcome = readNotice('shape.txt', Buffer.from(text));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

function outline(plan: Plan): string[] {
  const out: string[] = [];
  const walk = (cs: readonly Clause[]) => cs.forEach((c) => (c.number && out.push(c.number.printed + (c.heading ?? c.text).slice(0, 6)), walk(c.children)));
  walk(plan.clauses);
  return out;
}

/** Every kept piece of text is in the model; every cut piece has a reason. */
function expectNothingLost(plan: Plan): void {
  const parts: string[] = [plan.planTitle, plan.noticeTitle ?? '', ...plan.metadata.map((m) => m.value)];
  const walk = (cs: readonly Clause[]) => cs.forEach((c) => (parts.push((c.number?.printed ?? '') + (c.heading ?? '') + c.text), walk(c.children)));
  walk(plan.clauses);
  if (plan.cover) parts.push(plan.cover.addresseeLine, ...plan.cover.paragraphs.map((p) => p.text), plan.cover.issuer ?? '', plan.cover.signedDate?.printed ?? '', ...plan.cover.remarks);
  const all = parts.join('').replace(/\s+/g, '');
  for (const r of plan.lines) {
    expect((r.role === null) !== (r.dropped === null)).toBe(true);
    if (r.role === null || r.role === 'metadata') continue;
    let text = r.text;
    for (const c of r.cuts ?? []) text = text.replace(c.text, '');
    for (const piece of text.split(/\s+/).filter((p) => p.length >= 4)) expect(all, `line ${r.line}`).toContain(piece.replace(/\s+/g, ''));
  }
}

describe('a notice with no cover: the title is the last title above the text', () => {
  const plan = parse(
    ['青山县卫生健康委员会欢迎您', '', '青山县健康城市建设实施意见', '', '发布日期:2017年05月26日阅读次数:308', '', '为扎实推进本县健康城市建设,现提出如下实施意见。', '', '一、指导思想', '', '坚持以人民健康为中心。', '', '二、工作目标', '', '到2020年,建成健康城市标准体系。'].join('\n'),
  );
  test('title, place and outline', () => {
    expect(plan.planTitle).toBe('青山县健康城市建设实施意见');
    expect(plan.jurisdiction).toMatchObject({ place: '青山县', level: 'county' });
    expect(outline(plan)).toEqual(['一、指导思想', '二、工作目标']);
  });
  test('the slogan is dropped as site chrome, the dateline kept as metadata', () => {
    expect(plan.lines[0]).toMatchObject({ dropped: 'site-chrome' });
    expect(plan.lines[4]).toMatchObject({ role: 'metadata' });
    expectNothingLost(plan);
  });
});

describe('a cover printed without its notice title (a mirror opening at the addressees)', () => {
  const plan = parse(
    ['各乡镇人民政府,县政府各部门:', '现将《推进健康青山建设实施方案》印发给你们,请认真贯彻执行。', '青山县人民政府', '二○二○年三月十七日', '(此件公开发布)', '推进健康青山建设实施方案', '(2020—2022年)', '为加快健康青山建设,制定本方案。', '一、总体要求', '坚持预防为主。'].join('\n'),
  );
  test('cover, signature date in Chinese numerals, a title over two lines', () => {
    expect(plan.cover?.issuer).toBe('青山县人民政府');
    expect(plan.dates.signed?.iso).toBe('2020-03-17');
    expect(plan.planTitle).toBe('推进健康青山建设实施方案(2020—2022年)');
    expect(plan.jurisdiction.place).toBe('青山县');
    expectNothingLost(plan);
  });
});

describe('metadata as a pipe table: the 文号 stops at the next label; the name comes from 名称', () => {
  const plan = parse(
    ['| 索 引 号: | 0001/2020-00012 | 文 号: | 东政〔2020〕53号 |', '| 名 称: | 关于印发《健康东岭行动实施方案》的通知 |', '西塘镇、各街道办事处,区直有关部门:', '现将《健康东岭行动实施方案》印发给你们。', '东岭区人民政府办公室', '2020年11月5日', '为贯彻实施健康中国战略,制定本方案。', '一、指导思想', '坚持以人民为中心。'].join('\n'),
  );
  test('document number and title', () => {
    expect(plan.documentNumber).toBe('东政〔2020〕53号');
    expect(plan.planTitle).toBe('健康东岭行动实施方案');
    expect(plan.jurisdiction.place).toBe('东岭区');
  });
});

describe('a whole document flattened onto one line', () => {
  const plan = parse(
    [
      '青山县人民政府关于推进健康青山行动的实施意见 | |',
      '发布日期:2022-11-21 17:17',
      '各乡镇人民政府,县政府各部门、直属各单位: 为贯彻落实健康中国战略,推进健康青山行动,现提出如下实施意见: 一、总体目标 到2022年,健康促进制度体系基本建成,居民健康素养水平显著提高,健康生活方式基本普及。 二、行动任务 (一)全面实行健康影响因素干预。1.实施健康知识普及行动。深入开展健康教育活动,推进健康教育向健康促进转变。2.实施合理膳食行动。开展减盐减油减糖宣传。 (二)强化重大疾病防控。1.实施心脑血管疾病防治行动。',
    ].join('\n'),
  );
  test('split into its numbered lines', () => {
    expect(outline(plan)).toEqual(['一、总体目标 到', '二、行动任务', '(一)全面实行健康', '1.实施健康知识', '2.实施合理膳食', '(二)强化重大疾病', '1.实施心脑血管']);
  });
  test('the directly issued 意见 keeps its issuer; the table residue is cut with its reason', () => {
    expect(plan.planTitle).toBe('青山县人民政府关于推进健康青山行动的实施意见');
    expect(plan.cover?.addressees).toEqual(['各乡镇人民政府', '县政府各部门', '直属各单位']);
    expectNothingLost(plan);
  });
});

describe('doc-sharing chunks and page footers', () => {
  const filler = '坚持以人民健康为中心,把健康融入所有政策,全方位全周期保障人民健康,促进经济社会协调发展,'.repeat(4);
  const plan = parse(
    [
      '《青山区健康城市建设规划(2022-2025年).docx》由会员分享,可在线阅读,更多相关文档请在某某文档上搜索。',
      `1、青山区健康城市建设规划(2022-2025年)为全面推进健康城市建设,结合我区实际,特制定本规划。一、建设背景近年来,我区不断完善城市功能,${filler}先后荣获“省级生`,
      `2、态园林城市”等称号。二、总体要求(一)指导思想以习近平新时代中国特色社会主义思想为指导,${filler}奠定基础。 —3— (二)基本原则坚持政府主导,推动`,
      '3、为指导,深入贯彻落实。',
    ].join('\n'),
  );
  test('title, outline, place', () => {
    expect(plan.planTitle).toBe('青山区健康城市建设规划(2022-2025年)');
    expect(plan.jurisdiction.place).toBe('青山区');
    expect(outline(plan)).toEqual(['一、建设背景近年', '二、总体要求', '(一)指导思想以习', '(二)基本原则坚持']);
  });
  test('chunk numbers and the page footer are cut as page markers; the banner is site chrome', () => {
    expect(plan.lines[0]).toMatchObject({ dropped: 'site-chrome' });
    expect(plan.lines[1]!.cuts).toEqual([{ text: '1、', reason: 'page-marker' }]);
    expect(plan.lines[2]!.cuts).toEqual(expect.arrayContaining([{ text: '2、', reason: 'page-marker' }, { text: ' —3—', reason: 'page-marker' }]));
    expectNothingLost(plan);
  });
});

describe('an inline enumeration in an ordinary long line is not a flattened document', () => {
  const long = '(一)加强全民健康教育。组织开展健康教育活动,包括:(1)健康知识进社区,每年不少于十次;(2)健康知识进学校,覆盖全部中小学;(3)健康知识进企业,重点覆盖职业人群,推动形成健康生活方式和良好社会氛围。';
  const plan = parse(['关于印发《健康青山建设工作要点》的通知', '各成员单位:', '现将工作要点印发给你们。', '青山县健康办', '2021年3月1日', '健康青山建设工作要点', '一、普及健康生活', long].join('\n'));
  test('its (1)(2)(3) stay in its text', () => {
    expect(outline(plan)).toEqual(['一、普及健康生活', '(一)加强全民健康']);
  });
});

describe('input that is not a Chinese plan, and a truncated one', () => {
  test('an English machine translation is refused with an error naming the file', () => {
    const english = Array.from({ length: 8 }, (_, i) => `${i + 1}. Implement the healthy Qingshan action and improve the health literacy of residents in the county.`);
    const outcome = readNotice('english.txt', Buffer.from(['Notice of the Qingshan County People\'s Government on Printing the Healthy Qingshan Action Plan', ...english].join('\n')));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(/^english\.txt:1: not a Chinese plan notice/);
  });
  test('a notice cut mid-sentence is a plan with a truncated diagnostic', () => {
    const plan = parse(['健康青山行动实施方案', '为加快健康青山建设,制定本方案。', '一、总体目标', '到2025年,全县居民健康素养水平'].join('\n'));
    expect(plan.diagnostics.map((d) => d.code)).toContain('truncated');
  });
});

describe('a PDF cover and plan flattened onto one line (doc-sharing)', () => {
  const plan = parse(
    [
      '青山市健康城市三年行动实施方案(2021—2023年).doc',
      '青政办字〔2021〕19 号 青山市人民政府办公室 关于印发青山市建设健康城市三年攻坚行动 实施方案(2021—2023 年)的通知 各镇人民政府,各街道办事处,市政府有关部门: 《青山市建设健康城市三年攻坚行动实施方案 (2021—2023 年)》已经市政府研究同意,现印发给你们,请 结合实际,认真贯彻执行。 青山市人民政府办公室 2021 年 5 月 12 日 (此件公开发布) 青山市建设健康城市三年攻坚行动 —1— 实施方案(2021—2023 年) 健康是促进人的全面发展的必然要求。为提高全市人民健康水平, 结合我市实际,制定本行动计划。 一、总体要求 (一)指导思想 以习近平新时代中国特色社会主义思想为指导,全方位保障市民健康。 (二)攻坚思路 按照“一年打基础”的思路推进。 第二部分:专项行动 一、健康知识普及行动 深入开展健康教育。',
    ].join('\n'),
  );
  test('cover, title without its page footer, document number, place', () => {
    expect(plan.documentNumber?.replace(/\s/g, '')).toBe('青政办字〔2021〕19号');
    expect(plan.cover).toMatchObject({ issuer: '青山市人民政府办公室', signedDate: { iso: '2021-05-12' } });
    expect(plan.planTitle.replace(/\s/g, '')).toBe('青山市建设健康城市三年攻坚行动实施方案(2021—2023年)');
    expect(plan.jurisdiction).toMatchObject({ place: '青山市', level: 'city' });
  });
  test('outline, a part restarting its numbering', () => {
    expect(outline(plan)).toEqual(['一、总体要求', '(一)指导思想 以', '(二)攻坚思路 按', '第二部分:专项行动', '一、健康知识普及']);
    expect(plan.lines[1]!.cuts).toEqual([{ text: ' —1—', reason: 'page-marker' }]);
    expectNothingLost(plan);
  });
});

describe('a preamble ending in a colon is not an addressee list', () => {
  const plan = parse(['青山县健康促进三年行动计划', '为推进各项工作落实,现提出如下实施意见:', '一、总体要求', '坚持预防为主。'].join('\n'));
  test('the title stays the title, the preamble stays text', () => {
    expect(plan.planTitle).toBe('青山县健康促进三年行动计划');
    expect(plan.cover).toBeNull();
  });
});

describe('more page shapes above a plan', () => {
  test('buttons or a dateline printed after the title on its line are cut from it', () => {
    const plan = parse(['健康青山行动实施方案 【字体:大 中 小】【打印】', '为推进健康青山建设,制定本方案。', '一、总体要求', '坚持预防为主。'].join('\n'));
    expect(plan.planTitle).toBe('健康青山行动实施方案');
    expect(plan.lines[0]!.cuts).toEqual([{ text: ' 【字体:大 中 小】【打印】', reason: 'site-chrome' }]);
  });
  test('a site name above the title is not part of it', () => {
    const plan = parse(['青山县卫生健康委员会', '健康青山行动实施方案', '为推进健康青山建设,制定本方案。', '一、总体要求', '坚持预防为主。'].join('\n'));
    expect(plan.planTitle).toBe('健康青山行动实施方案');
  });
  test('an issuer line above 关于… is part of a directly issued title', () => {
    const plan = parse(['中共青山县委 青山县人民政府', '关于推进健康青山建设的实施意见', '为推进健康青山建设,提出如下意见。', '一、总体要求', '坚持预防为主。'].join('\n'));
    expect(plan.planTitle).toBe('中共青山县委 青山县人民政府关于推进健康青山建设的实施意见');
  });
  test('an elision note of a doc-sharing copy is cut from the text', () => {
    const plan = parse(['健康青山行动实施方案', '……(开头部分已省略924字)为推进健康青山建设,制定本方案。', '一、总体要求', '坚持预防为主。'].join('\n'));
    expect(plan.lines[1]!.cuts).toEqual([{ text: '……(开头部分已省略924字)', reason: 'page-marker' }]);
    expectNothingLost(plan);
  });
  test('a signature date with 0 for 〇 is read', () => {
    const plan = parse(['各乡镇人民政府:', '现将《健康青山行动实施方案》印发给你们。', '青山县人民政府', '二0二一年五月十二日', '健康青山行动实施方案', '一、总体要求', '坚持预防为主。'].join('\n'));
    expect(plan.dates.signed?.iso).toBe('2021-05-12');
  });
});
