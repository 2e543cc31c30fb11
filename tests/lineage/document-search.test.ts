import { expect, test } from 'vitest';
import { matchesAll } from '../../src/lib/search/record.ts';
import { queryTerms, seedRecords } from '../search/seed-records.ts';

/** The document pages a query finds among the seed site's search records. */
const documentsFound = (query: string) =>
  seedRecords()
    .filter((record) => record.kind === 'document' && matchesAll(record, queryTerms(query)))
    .map((record) => record.title);

test.each([
  ['国卫疾控发〔2016〕77号', ['《关于加强心理健康服务的指导意见》']],
  ['国卫疾控发[2016]77号', ['《关于加强心理健康服务的指导意见》']],
  ['浙红〔2018〕48号', ['《浙江省红十字会贯彻落实健康浙江2030行动纲要工作指导意见》']],
  ['关于加强心理健康服务的指导意见', ['《关于加强心理健康服务的指导意见》']],
  ['“健康中国2030”规划纲要', ['《健康中国2030规划纲要》']],
  // The title as the cover printed it, 关于印发…的通知 and all.
  ['宁波市人民政府关于印发推进健康宁波行动实施方案的通知', ['《推进健康宁波行动实施方案》']],
  ['甬人社发〔2017〕130号', ['《宁波市推进医保支付方式改革实施方案》']],
])('%s finds %j', (query, titles) => {
  expect(documentsFound(query)).toEqual(titles);
});

test('every cited document of the seeds has one record, linking to its page', () => {
  const records = seedRecords().filter((record) => record.kind === 'document');
  expect(records).toHaveLength(41);
  expect(records.every((record) => /^documents\/[a-z0-9-]+\/index\.html$/.test(record.url))).toBe(true);
});
