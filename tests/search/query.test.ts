import { expect, test } from 'vitest';
import { readQuery, writeQuery } from '../../src/lib/search/query.ts';

test('a search reads from and writes to the URL', () => {
  const query = readQuery(new URLSearchParams('q=%20控烟%20&plan=&kind=action&lead=区卫生计生局&other=x'));
  expect(query).toEqual({ q: '控烟', filters: { lead: '区卫生计生局', kind: 'action' } });
  expect(writeQuery(query).toString()).toBe(new URLSearchParams([['q', '控烟'], ['lead', '区卫生计生局'], ['kind', 'action']]).toString());
  expect(readQuery(writeQuery(query))).toEqual(query);
});
