import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { serializeDataset } from '../../src/lib/open-data/datasets.ts';
import type { CsvValue } from '../../src/lib/open-data/csv.ts';
import { DataFormatSchema } from '../../src/model/index.ts';
import { CollectionFile } from '../../scripts/open-data/collection-file.ts';

type Row = Record<string, CsvValue>;

/** A units row of plan `plan` (the dataset's columns, in order). */
const unit = (plan: string, name: string, aliases: string[], leadCount: number | null): Row => ({
  plan,
  unit: `${plan}-u1`,
  name,
  aliases,
  place: '青禾区',
  isGroup: false,
  function: null,
  leadCount,
  participatingCount: 2,
  page: `units/${plan}-u1/`,
});

/** The collection file made from each plan's file of `plans`' rows. */
function collected(plans: readonly Row[][], format: 'csv' | 'json'): string {
  let text = '';
  const file = new CollectionFile('units', format, { write: (part) => (text += part) });
  for (const rows of plans) file.add(serializeDataset('units', rows, format));
  file.end();
  return text;
}

const QINGHE = [unit('qinghe-2021', '青禾区卫生健康局', ['区卫健局'], 3), unit('qinghe-2021', '青禾区教育局, "体育"科', [], null)];
const BAILING = [unit('bailing-2020', '白岭县\r\n疾控中心', ['县疾控', '疾控'], 1)];

describe.each(DataFormatSchema.options)('a whole-collection %s file, made from the plans’ own files', (format) => {
  test.each([
    ['two plans', [QINGHE, BAILING]],
    ['a plan without rows between two', [QINGHE, [], BAILING]],
    ['a plan without rows first', [[], BAILING]],
    ['no rows at all', [[], []]],
    ['no plans', []],
  ])('%s: the bytes serializing every row at once gives', (_, plans) => {
    expect(collected(plans, format)).toBe(serializeDataset('units', plans.flat(), format));
  });

  test('any split of any rows into plans', () => {
    const text = fc.string({ unit: fc.constantFrom('卫', '健', ',', '"', '\r', '\n', ' ', 'a', '[', ']', '{') });
    const row = fc.record({ name: text, aliases: fc.array(text, { maxLength: 3 }), lead: fc.option(fc.integer({ min: 0, max: 9 })) });
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 4 }), { maxLength: 5 }), (plans) => {
        const rows = plans.map((group, i) => group.map((r) => unit(`p${i}`, r.name, r.aliases, r.lead)));
        expect(collected(rows, format)).toBe(serializeDataset('units', rows.flat(), format));
      }),
    );
  });
});
