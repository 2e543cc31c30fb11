import { describe, expect, test } from 'vitest';
import { seedPlan, unitNames } from './support/seeds.ts';
import type { Plan } from '../src/model/index.ts';

const action = (plan: Plan, number: string) => {
  const found = plan.actions.find((a) => a.number === number);
  if (!found) throw new Error(`no action ${number} in ${plan.slug}`);
  return found;
};
const codes = (plan: Plan) => plan.diagnostics.map((d) => d.code);

describe('action counts', () => {
  test.each([
    ['000', 42],
    ['001', 30],
    ['002', 36],
    ['003', 37],
    ['004', 5],
  ])('seed %s has %i actions', (seed, count) => {
    expect(seedPlan(seed).actions).toHaveLength(count);
  });

  test('001 has no unit lists: its actions are the 30 专项行动 numbered 1–30', () => {
    const plan = seedPlan('001');
    expect(plan.assignments).toHaveLength(0);
    expect(plan.actions.map((a) => a.number.replace(/^.*\)/, ''))).toEqual(Array.from({ length: 30 }, (_, i) => `${i + 1}.`));
    expect(plan.actions[0]!.title).toBe('健康知识普及行动');
  });
});

describe('000 鄞州 2018', () => {
  const plan = seedPlan('000');
  test('(四)发展商业健康保险 is led by 区金融办 although its list runs onto item 4', () => {
    const a = action(plan, '五、(四)');
    expect(a.title).toBe('发展商业健康保险');
    expect(unitNames(plan, a.lead)).toEqual(['区金融办']);
    expect(unitNames(plan, a.participating)).toEqual(['区人力社保局', '区民政局', '区卫生计生局']);
  });
  test('区文广新局(旅游局、体育局) is one unit', () => {
    const unit = plan.units.find((u) => u.name === '区文广新局(旅游局、体育局)');
    expect(unit).toBeDefined();
    expect(plan.units.some((u) => u.name === '旅游局' || u.name === '体育局' || u.name === '区文广新局')).toBe(false);
    expect(unitNames(plan, action(plan, '二、(一)').lead)).toEqual(['区文广新局(旅游局、体育局)']);
  });
  test('the printed 区卫生计生区 is linked to 区卫生计生局 with a diagnostic', () => {
    const unit = plan.units.find((u) => u.name === '区卫生计生局')!;
    expect(unit.aliases).toContain('区卫生计生区');
    expect(plan.units.some((u) => u.name === '区卫生计生区')).toBe(false);
    expect(unitNames(plan, action(plan, '三、(三)').participating)).toContain('区卫生计生局');
    expect(plan.diagnostics).toContainEqual(expect.objectContaining({ code: 'unit-typo', line: 136 }));
  });
  test('lost numbers are inferred and reported, the repeated 十、 is flagged', () => {
    expect(action(plan, '二、(一)').title).toBe('提升群众身边的体育场地建设水平,努力实现便民体育设施全覆盖');
    expect(action(plan, '九、').title).toBe('智慧健康建设行动');
    expect(action(plan, '十一、').title).toBe('建立健全健康鄞州建设推进机制');
    expect(plan.diagnostics.filter((d) => d.code === 'inferred-number')).toHaveLength(13);
    expect(plan.diagnostics).toContainEqual(expect.objectContaining({ code: 'numbering-conflict', line: 486 }));
    expect(plan.diagnostics).toContainEqual(expect.objectContaining({ code: 'numbering-typo', line: 94 }));
  });
  test('the paragraph between 3. and 5. is the lost item 4.', () => {
    const group = plan.clauses.find((c) => c.id === 'c3')!.children.find((c) => c.id === 'c3-6')!;
    const item = group.children.find((c) => c.id === 'c3-6-4')!;
    expect(item.number).toMatchObject({ printed: null, value: 4, inferred: true });
    expect(item.text).toMatch(/^做好疟疾防控工作/);
  });
  test('site chrome at the end is dropped with a reason', () => {
    const dropped = plan.lines.filter((l) => l.dropped === 'site-chrome').map((l) => l.text.trim());
    expect(dropped).toEqual(['分享到:', '0', '【打印本页】 【关闭窗口】']);
  });
});

describe('001 慈溪 2020', () => {
  const plan = seedPlan('001');
  test('document facts', () => {
    expect(plan).toMatchObject({ slug: 'cixi-2020', documentNumber: '慈政发〔2020〕34号', validity: '有效', planType: '实施方案' });
    expect(plan.dates.written).toMatchObject({ iso: '2020-10-29', printed: '2020-10-29' });
    expect(plan.jurisdiction).toMatchObject({ place: '慈溪市', level: 'city' });
  });
  test('attachments are named and not included; 抄送 and 印发 close the document', () => {
    expect(plan.attachments.map((a) => a.name)).toEqual(['推进健康慈溪行动主要指标', '推进健康慈溪行动部门分工']);
    expect(plan.closing.map((c) => c.text.slice(0, 3))).toEqual(['抄送:', '慈溪市']);
  });
  test('the goals and safeguards parts hold no actions', () => {
    expect(plan.actions.every((a) => a.id.startsWith('c2-'))).toBe(true);
  });
});

describe('002 桓仁 2018–2020', () => {
  const plan = seedPlan('002');
  test('document facts', () => {
    expect(plan).toMatchObject({ slug: 'huanren-2018-2020', documentNumber: '桓政办发〔2018〕4号', planType: '任务分工', period: { start: 2018, end: 2020 } });
    expect(plan.jurisdiction).toMatchObject({ place: '桓仁满族自治县', level: 'county' });
    expect(plan.cover?.remarks).toEqual(['(此件公开发布)']);
  });
  test('task 16: lead 县爱卫办, participating across a broken line', () => {
    const a = action(plan, '二、(五)16.');
    expect(unitNames(plan, a.lead)).toEqual(['县爱卫办']);
    expect(unitNames(plan, a.participating)).toEqual(['县爱卫会成员单位', '各乡镇人民政府']);
    const assignment = plan.assignments[a.assignments[0]!]!;
    expect(assignment.units.map((u) => u.roleLabel)).toEqual(['牵头单位', '责任单位', '责任单位']);
  });
  test('task 8: 县环保局 only', () => {
    const a = action(plan, '二、(三)8.');
    expect(unitNames(plan, [...a.lead, ...a.participating])).toEqual(['县环保局']);
  });
  test('its title printed twice: the first copy is dropped as a duplicate', () => {
    expect(plan.lines.filter((l) => l.dropped === 'duplicate')).toHaveLength(1);
  });
});

describe('003 麗水 2021 (Traditional)', () => {
  const plan = seedPlan('003');
  test('script, document number, place', () => {
    expect(plan).toMatchObject({ script: 'zh-Hant', documentNumber: '麗政辦發〔2021〕58號', slug: 'lishui-2021' });
    expect(plan.jurisdiction).toMatchObject({ place: '麗水市', placeHans: '丽水市', level: 'city' });
  });
  test('at least 20 actions involve 市衛生健康委', () => {
    const unit = plan.units.find((u) => u.aliases.includes('市衛生健康委'))!;
    expect(unit.name).toBe('市卫生健康委');
    const involved = plan.actions.filter((a) => a.lead.includes(unit.slug) || a.participating.includes(unit.slug));
    expect(involved.length).toBeGreaterThanOrEqual(20);
  });
  test('the garbled (二)深化醫保支付方式改革 is an action with no units and two diagnostics', () => {
    const a = action(plan, '三、(二)');
    expect(a.title).toBe('深化醫保支付方式改革');
    expect([...a.lead, ...a.participating]).toEqual([]);
    expect(plan.diagnostics.filter((d) => d.line === 63).map((d) => d.code).sort()).toEqual(['action-without-units', 'mojibake']);
  });
  test('sentence-level lists: X牽頭, Y按職責分工負責', () => {
    const a = action(plan, '一、(三)');
    expect(unitNames(plan, a.lead)).toEqual(['市红十字会']);
    expect(a.participating).toHaveLength(9);
  });
  test('abbreviations link to the full unit: 市發改 → 市发改委', () => {
    const unit = plan.units.find((u) => u.name === '市发改委')!;
    expect(unit.aliases).toEqual(expect.arrayContaining(['市發改委', '市發改', '市發展改革委']));
  });
  test('the spam line is dropped with a reason and kept out of the model', () => {
    const spam = plan.lines.find((l) => l.text.includes('伊在人亚洲香蕉精品播放'))!;
    expect(spam).toMatchObject({ dropped: 'after-end', role: null });
    expect(JSON.stringify({ ...plan, lines: [] })).not.toContain('伊在人');
  });
});

describe('004 余杭 2017–2019 (cut off)', () => {
  const plan = seedPlan('004');
  test('leads of its five actions', () => {
    expect(plan.actions.map((a) => unitNames(plan, a.lead).join('+'))).toEqual([
      '美丽办+区环保局', '区人力社保局', '区安监局+市场监管局', '区交通运输局+区公安分局', '区卫计局',
    ]);
  });
  test('flagged as probably truncated; the guessed date and the lost dash are reported', () => {
    expect(codes(plan)).toEqual(expect.arrayContaining(['truncated', 'guessed-date', 'lost-dash', 'numbering-typo']));
    expect(plan.dates.signed).toEqual({ iso: '2017-06-01', printed: '201761', guessed: true });
  });
  test('the 宁波政策 footer and keyword spam are dropped', () => {
    const footer = plan.lines.filter((l) => l.dropped === 'footer');
    expect(footer.some((l) => l.text.includes('宁波政策'))).toBe(true);
    expect(footer.some((l) => l.text.includes('宁波房贷政策'))).toBe(true);
    expect(plan.lines.filter((l) => l.role !== null).some((l) => l.text.includes('宁波政策'))).toBe(false);
  });
  test('plan title and period survive the damaged print', () => {
    expect(plan.planTitle).toBe('健康余杭”建设三年行动计划实施方案(2017-2019年)');
    expect(plan.slug).toBe('yuhang-2017-2019');
  });
});
