import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { BOM, escapeCsvField, formatCsvValue, toCsv } from '../../src/lib/open-data/csv.ts';

describe('escapeCsvField', () => {
  test.each([
    ['孕产妇死亡率', '孕产妇死亡率'],
    ['9.5/10万', '9.5/10万'],
    ['市卫生健康委,市教育局', '"市卫生健康委,市教育局"'],
    ['“健康慈溪”', '“健康慈溪”'],
    ['say "健康"', '"say ""健康"""'],
    ['第一行\n第二行', '"第一行\n第二行"'],
    ['CR\r', '"CR\r"'],
    ['', ''],
  ])('%j → %j', (text, field) => {
    expect(escapeCsvField(text)).toBe(field);
  });
});

describe('formatCsvValue', () => {
  test.each([
    [null, ''],
    [9.5, '9.5'],
    [20000, '20000'],
    [true, 'true'],
    [false, 'false'],
    [['区卫生计生局', '区教育局'], '区卫生计生局|区教育局'],
    [[], ''],
  ] as const)('%j → %j', (value, text) => {
    expect(formatCsvValue(value)).toBe(text);
  });
});

describe('toCsv', () => {
  const rows = [
    { plan: 'cixi-2020', snippet: '孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在9.5/10万、6.5‰和8‰以下', value: 9.5, lead: ['市卫生健康局'] },
    { plan: 'x', snippet: '按“健康鄞州”要求,落实 "每天一小时" 体育运动\r\n第二段', value: -1, lead: ['区教育局', '区体育局'] },
    { plan: 'y', snippet: '', value: 0, lead: [] },
  ];
  const csv = toCsv(['plan', 'snippet', 'value', 'lead'], rows);

  test('starts with the BOM, ends every line with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('plan,snippet,value,lead');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('a row with Chinese text, a comma, quotes and a line break round-trips through csv-parse', () => {
    const parsed: string[][] = parse(csv, { bom: true });
    expect(parsed[0]).toEqual(['plan', 'snippet', 'value', 'lead']);
    expect(parsed.slice(1)).toEqual(rows.map((row) => [row.plan, row.snippet, String(row.value), row.lead.join('|')]));
  });
});
