import type { FunctionGroup } from '../../src/model/insight.ts';
import { toHans } from '../parse/normalize.ts';
import { UNIT_GROUP } from '../parse/patterns.ts';

/**
 * Rules over a unit's Simplified name, first match wins. The order settles names that fit two:
 * 文广新局(旅游局、体育局) is culture before sport; 交警大队 is police before transport;
 * 生态林业发展中心 is forestry (natural resources) before ecology.
 */
export const FUNCTION_RULES: readonly (readonly [FunctionGroup, RegExp])[] = [
  ['文广旅体', /文广|文旅|文化|旅发|旅游/],
  ['体育', /体育/],
  ['卫生健康', /卫生|卫计|卫健|健康委|爱卫|医改|疾控|疾病预防控制/],
  ['人力社保/医保', /人力社保|人社|社保|医保|医疗保障/],
  ['应急/安监', /安监|应急|安全生产监督/],
  ['公安/交警', /公安|交警/],
  ['交通运输', /交通/],
  ['市场监管', /市场监管|市场监督|食药监|质监|工商/],
  ['自然资源', /自然资源|国土|规划|林业|国家公园/],
  // 美丽办 runs the 美丽余杭 (beautiful district) environment campaign.
  ['生态环境', /环保|生态环境|环境保护|美丽办/],
  ['发改', /发改|发展改革|发展和改革/],
  ['经信', /经信|经济和信息化|工信|智慧办/],
  ['农业农村', /农业|农村|农林|农发|农办/],
  ['水利', /水利|水务/],
  // 综合执法局 (urban management) and the 三改一拆 office work on buildings and the city.
  ['住建', /住建|住房|城建|建设局|建委|综合执法|城管|三改一拆/],
  ['教育', /教育/],
  ['民政', /民政/],
  ['财政', /财政/],
  ['红十字会', /红十字/],
  ['残联', /残联|残疾人联合会/],
  ['妇联', /妇联|妇女联合会/],
  ['总工会', /工会/],
  ['团委', /^团|团委|共青团/],
  ['宣传', /宣传|文明办|广电|网信/],
  ['科技', /科技|科协/],
];

/**
 * The function a responsible unit serves, to group units across places: null for a collective
 * (各乡镇人民政府, 区爱卫会各成员单位), 其他 for a unit no rule covers (区统计局, 丽水海关).
 * @example unitFunction('市衛生健康委') // '卫生健康'
 * @example unitFunction('区文广新局(旅游局、体育局)') // '文广旅体'
 */
export function unitFunction(unitName: string): FunctionGroup | null {
  const name = toHans(unitName).replace(/\s+/g, '');
  if (name === '' || UNIT_GROUP.test(name)) return null;
  return FUNCTION_RULES.find(([, rule]) => rule.test(name))?.[0] ?? '其他';
}
