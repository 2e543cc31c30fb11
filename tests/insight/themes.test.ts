import { describe, expect, test } from 'vitest';
import { ThemeSchema, ThemeSlugSchema } from '../../src/model/insight.ts';
import { toHans } from '../../scripts/parse/normalize.ts';
import { matchThemes } from '../../scripts/insight/match-themes.ts';
import { THEMES, themeTaxonomy } from '../../scripts/insight/themes.ts';

describe('the taxonomy', () => {
  test('every theme of the schema, once, in the schema’s order', () => {
    expect(THEMES.map((t) => t.slug)).toEqual(ThemeSlugSchema.options);
  });

  test('names and descriptions are one line of Chinese; keywords are Simplified and unique', () => {
    for (const t of themeTaxonomy()) ThemeSchema.parse(t);
    for (const t of THEMES) {
      expect(t.description).toMatch(/^[^\n]+。$/);
      const words = [...t.keywords, ...(t.titleKeywords ?? []), ...(t.except ?? [])];
      for (const w of words) expect(toHans(w)).toBe(w);
      expect(new Set(words).size).toBe(words.length);
    }
  });
});

/** Themes of a printed title or text as "slug:keyword". */
const themesOf = (printed: string, kind: 'title' | 'text') => matchThemes(toHans(printed), THEMES, kind).map((m) => `${m.theme}:${m.keyword}`);

// Verbatim titles and texts from the seeds.
describe('keyword rules', () => {
  test.each([
    ['title', '控烟限酒行动', ['tobacco-alcohol:控烟']],
    ['title', '加強藥品醫療器械安全監管', ['drug-safety:药品']],
    ['title', '促进道路交通安全', ['road-traffic:道路交通']],
    ['title', '提高突发事件应急能力', ['work-safety:突发事件']],
    ['title', '建立健全健康鄞州建设推进机制', ['governance:建设推进机制']],
    // 推进机制 of school health education is not the governance of the plan.
    ['title', '健全學校健康教育推進機制', ['health-literacy:健康教育', 'school-health:学校健康']],
    // 应急救护 contains 急救 but is a skill taught to the public.
    ['title', '普及全民應急救護技能', ['health-literacy:救护']],
    ['title', '提升醫療服務質量和水平', ['medical-services:医疗服务']],
    ['title', '推進殘疾人精準康復', ['disability:残疾']],
    // 交通 in a department's name or in 公共交通工具 is no road-traffic topic.
    ['text', '進一步提高交通運輸、消防等部門和行業重點人群救護員持證比例。', ['health-literacy:救护', 'work-safety:消防']],
    ['text', '切实做好室内公共场所、室内工作场所和公共交通工具内的控烟,加强联合执法检查', ['tobacco-alcohol:控烟']],
    ['text', '提升建設6家規范化殘疾兒童康復機構', ['disability:残疾']],
    ['text', '加強學生、婦女、產業工人和重點人群心理健康工作。', ['mental-health:心理', 'maternal-child:妇女', 'school-health:学生']],
    ['text', '支持社会力量举办规范的中医养生保健机构', ['tcm:中医']],
    ['text', '开展农药兽药使用减量和产地环境净化专项攻坚行动,强化农产品质量安全源头管控。', ['food-safety:农药兽药']],
    ['text', '根据省市部署,落实参保人员的基本养老保险待遇正常调整机制', ['health-insurance:参保']],
    // 医院 and 医疗服务 count in titles only: in texts they are mostly where something happens.
    ['text', '在学校、养老机构、医院等集体供餐单位配备营养师或营养指导员', ['health-literacy:营养指导', 'elderly:养老']],
  ] as const)('%s %s', (kind, printed, expected) => {
    expect(themesOf(printed, kind)).toEqual(expected);
  });

  test('keywords printed back to back are one mention', () => {
    expect(matchThemes('做实做细家庭医生签约服务', THEMES, 'text')).toEqual([{ theme: 'medical-services', keyword: '家庭医生', count: 1 }]);
  });
});
