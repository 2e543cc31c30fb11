import { describe, expect, test } from 'vitest';
import { seedPlan } from '../support/seeds.ts';

/** A seed's citations as [clause (or cover0), title, 文号, level] rows. */
const rows = (prefix: string) =>
  seedPlan(prefix).citations.map((c) => [c.span.clauseId ?? `cover${c.span.paragraph}`, c.title, c.documentNumber, c.level]);

describe("the seeds' citations, by name", () => {
  test.each([
    ['000', 27],
    ['001', 12],
    ['002', 2],
    ['003', 0], // it names only itself, in its cover
    ['004', 2], // and names itself in its cover, its 》 cut: not a citation
  ])('seed %s prints %i citations', (seed, count) => {
    expect(seedPlan(seed).citations).toHaveLength(count);
  });

  test('000 (鄞州 2018): every 文号, its level and the clause that prints it', () => {
    const numbered = rows('000').filter((r) => r[2] !== null).map(([clause, , number, level]) => [clause, number, level]);
    expect(numbered).toEqual([
      ['c1-2-1', '浙卫发〔2017〕107号', 'provincial'],
      ['c1-3-p1', '国卫疾控发〔2016〕77号', 'national'],
      ['c1-4-1', '浙红〔2018〕48号', 'provincial'], // printed 浙红﹝2018﹞48号, the title nesting <健康浙江2030行动纲要>
      ['c2-1-3', '甬政发〔2016〕1号', 'city'],
      ['c2-4-1', '浙体群〔2015〕313号', 'provincial'], // printed without 号
      ['c3-1-1', '甬卫发〔2017〕105号', 'city'],
      ['c3-2-1', '甬卫发〔2018〕32号', 'city'], // no place in the title: 甬 as in 甬政办发
      ['c3-2-3', '鄞卫发〔2018〕83号', 'county'],
      ['c3-3-p1', '甬人社发〔2017〕130号', 'city'],
      ['c3-3-p3', '甬人社发〔2017〕130号', 'city'], // the same 文号 printed for a second title
      ['c3-6-1', '浙政办发〔2017〕126号', 'provincial'],
      ['c3-7-5', '浙残联发〔2018〕21号', 'provincial'],
      ['c3-8-1', '浙卫发〔2017〕51号', 'provincial'],
      ['c4-1-4', '甬卫发〔2017〕131号', 'city'],
      ['c5-1-p1', '甬人社发〔2018〕65号', 'city'],
      ['c5-2-p1', '甬人社发〔2018〕74号', 'city'],
      ['c6-1-1', '甬政办发〔2018〕65号', 'city'],
      ['c6-1-2', '浙环发〔2017〕41号', 'provincial'],
      ['c6-1-2', '甬政办发〔2016〕90号', 'city'],
      ['c6-2-3', '鄞政发〔2018〕28号', 'county'], // 宁波市鄞州区…: the district issued it
      ['c7-1-3', '浙食安办〔2017〕38号', 'provincial'],
      ['c8-1-1', '厅字〔2018〕13号', 'national'],
    ]);
    expect(rows('000').filter((r) => r[2] === null)).toEqual([
      ['p1', '2018年健康浙江工作要点', null, 'provincial'],
      ['p1', '2018年健康宁波工作要点', null, 'unknown'],
      ['c1-1-6', '中国公民健康素养66条', null, 'national'],
      ['c8-2-4', '安全生产法', null, 'national'],
      ['c8-2-4', '职业病防治法', null, 'national'],
    ]);
  });

  test('001 (慈溪 2020): the run of six in its preamble, national to local', () => {
    expect(rows('001').slice(0, 6)).toEqual([
      ['p1', '健康中国2030规划纲要', null, 'national'],
      ['p1', '国务院关于实施健康中国行动的意见', null, 'national'],
      ['p1', '浙江省人民政府关于推进健康浙江行动的实施意见', null, 'provincial'],
      ['p1', '关于推进健康浙江行动的组织实施方案(2020—2022年)', null, 'provincial'],
      ['p1', '推进健康宁波行动实施方案', null, 'city'], // 宁波市人民政府关于印发…的通知
      ['p1', '健康慈溪2030行动纲要', null, 'city'], // 慈溪市's own programme
    ]);
  });

  test('002 (桓仁 2018–2020): the city plan it implements, with its 文号, and a title whose ) was cut', () => {
    expect(rows('002')).toEqual([
      ['p1', '健康本溪建设2017—2020年任务分工与年度目标分解实施方案', '本政办发〔2017〕74号', 'city'],
      ['c2-8-25', '辽宁省医疗卫生服务体系规划(2015—2020年)', null, 'provincial'],
    ]);
  });

  test('the span slices the printed citation', () => {
    const plan = seedPlan('000');
    const c = plan.citations.find((x) => x.documentNumber === '浙红〔2018〕48号')!;
    const find = (cs: typeof plan.clauses): string | undefined =>
      cs.map((x) => (x.id === c.span.clauseId ? x.text : find(x.children))).find((x) => x !== undefined);
    expect(find(plan.clauses)!.slice(c.span.start, c.span.end)).toBe('《浙江省红十字会贯彻落实<健康浙江2030行动纲要>工作指导意见》(浙红﹝2018﹞48号)');
  });
});
