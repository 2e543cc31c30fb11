import { expect, test } from 'vitest';
import { issuingLevel } from '../../scripts/parse/issuing-level.ts';
import type { Jurisdiction } from '../../src/model/index.ts';

const district: Jurisdiction = { place: '东岭区', placeHans: '东岭区', level: 'district', province: null };

// documentNumber, title, issuer → level: the rule of issue 14, one line a case.
test.each([
  ['国发〔2019〕13号', '关于实施健康行动的意见', null, 'national'],
  ['国办发〔2019〕32号', '健康行动组织实施和考核方案', null, 'national'],
  ['国卫疾控发〔2016〕77号', '关于加强心理健康服务的指导意见', null, 'national'],
  ['厅字〔2018〕13号', '地方党政领导干部安全生产责任制规定', null, 'national'],
  [null, '健康中国2030规划纲要', null, 'national'],
  [null, '国务院关于实施健康中国行动的意见', '国务院', 'national'],
  [null, '职业病防治法', null, 'national'],
  ['浙政发〔2019〕29号', '关于推进健康行动的实施意见', null, 'provincial'],
  ['辽卫发〔2018〕5号', '全民健康生活方式行动方案', null, 'provincial'],
  [null, '东岭省控烟条例', null, 'provincial'],
  [null, '2018年健康浙江工作要点', null, 'provincial'],
  [null, '上海市健康促进规划', null, 'provincial'],
  ['青政办发〔2017〕74号', '健康青川建设实施方案', '青川市人民政府办公厅', 'city'],
  [null, '青川市医疗机构设置规划', null, 'city'],
  [null, '青川市东岭区生态文明建设规划', null, 'county'],
  [null, '西河县全民健身实施计划', null, 'county'],
  ['东卫发〔2018〕8号', '进一步改善医疗服务实施方案', null, 'county'], // 东 is the citing 东岭区's own
  [null, '健康东岭2030行动纲要', null, 'county'], // the citing place's own programme
  ['甬卫发〔2018〕32号', '进一步加强医疗质量管理工作方案', null, 'unknown'],
  [null, '文明行为促进条例', null, 'unknown'],
  [null, '医疗质量管理办法(试行)', null, 'unknown'], // a 办法 is issued at every level, unlike a law
])('%s %s (issuer %s) → %s', (documentNumber, title, issuer, level) => {
  expect(issuingLevel({ documentNumber, title, issuer, citing: district }).level).toBe(level);
});
