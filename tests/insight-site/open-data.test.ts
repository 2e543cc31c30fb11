import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { datasetColumnSpecs } from '../../src/lib/open-data/column-types.ts';
import { formatCsvValue, type CsvValue } from '../../src/lib/open-data/csv.ts';
import { DATASET_ROW_SCHEMAS, DatasetNameSchema, type DatasetName } from '../../src/model/index.ts';
import { loadPlans } from '../support/site/plan-data.ts';
import { openBuiltSite, readBuilt } from './support/built-site.ts';
import { documentedColumns } from './support/documented-columns.ts';

const site = openBuiltSite();
const plans = loadPlans();
const datasets = DatasetNameSchema.options;
const scopes = ['all', ...plans.map((plan) => plan.slug)];
const files = scopes.flatMap((scope) => datasets.map((dataset) => ({ scope, dataset, base: `data/${scope}/${dataset}` })));
const BOM = [0xef, 0xbb, 0xbf];

function readCsv(base: string): string[][] {
  const bytes = readBuilt(site, `${base}.csv`);
  return parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes), { bom: true });
}

function readJson(base: string, dataset: DatasetName): Record<string, CsvValue>[] {
  const rows: unknown = JSON.parse(readBuilt(site, `${base}.json`).toString('utf8'));
  return DATASET_ROW_SCHEMAS[dataset].array().parse(rows) as Record<string, CsvValue>[];
}

describe('docs/open-data.md', () => {
  const documented = documentedColumns();

  test.each(datasets)('documents the columns of %s as the row schema has them, in order, with their types', (dataset) => {
    const expected = datasetColumnSpecs(dataset).map((column) => ({ name: column.name, type: column.nullable ? `${column.type}, nullable` : column.type }));
    expect(documented.get(dataset)).toEqual(expected);
  });
});

describe.each(files)('data file $base', ({ scope, dataset, base }) => {
  test('.csv starts with the UTF-8 BOM and decodes as UTF-8', () => {
    const bytes = readBuilt(site, `${base}.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
  });

  test('.csv has the documented header and the same rows as .json, which validates against the row schema', () => {
    const [header, ...rows] = readCsv(base);
    const columns = datasetColumnSpecs(dataset).map((column) => column.name);
    expect(header).toEqual(columns);
    const json = readJson(base, dataset);
    expect(rows).toEqual(json.map((row) => columns.map((column) => formatCsvValue(row[column] ?? null))));
    if (scope !== 'all') expect(json.every((row) => row['plan'] === scope)).toBe(true);
  });
});

describe('the whole collection', () => {
  test.each(datasets)('data/all/%s.json holds every plan’s rows, in the order of the plans', (dataset) => {
    const all = readJson(`data/all/${dataset}`, dataset);
    const order = [...new Set(readJson('data/all/plans', 'plans').map((row) => row['plan'] as string))];
    expect(order.toSorted()).toEqual(plans.map((plan) => plan.slug).toSorted());
    expect(all).toEqual(order.flatMap((slug) => readJson(`data/${slug}/${dataset}`, dataset)));
  });

  test('the rows count what the model holds', () => {
    const count = (dataset: DatasetName) => readJson(`data/all/${dataset}`, dataset).length;
    expect(count('plans')).toBe(plans.length);
    expect(count('actions')).toBe(plans.reduce((sum, plan) => sum + plan.actions.length, 0));
    expect(count('assignments')).toBe(plans.reduce((sum, plan) => sum + plan.assignments.reduce((n, a) => n + a.units.length, 0), 0));
    expect(count('units')).toBe(plans.reduce((sum, plan) => sum + plan.units.length, 0));
    expect(count('targets')).toBe(plans.reduce((sum, plan) => sum + plan.insight.targets.length, 0));
    expect(count('themes')).toBe(plans.reduce((sum, plan) => sum + plan.insight.themes.reduce((n, a) => n + a.themes.length, 0), 0));
  });

  test('a Chinese cell with a comma round-trips: the cixi-2020 mortality targets as printed', () => {
    const [header, ...rows] = readCsv('data/cixi-2020/targets');
    const at = (name: string) => header!.indexOf(name);
    const mortality = rows.filter((row) => row[at('clause')] === 'c1-p3' && row[at('metric')]!.endsWith('死亡率'));
    expect(mortality.map((row) => [row[at('metric')], row[at('comparator')], row[at('value')], row[at('unit')], row[at('year')]])).toEqual([
      ['孕产妇死亡率', '≤', '9.5', '/10万', '2022'],
      ['婴儿死亡率', '≤', '6.5', '‰', '2022'],
      ['5岁以下儿童死亡率', '≤', '8', '‰', '2022'],
    ]);
    const withComma = rows.find((row) => row[at('snippet')]!.includes(','));
    expect(withComma, 'some cixi-2020 snippet holds a comma').toBeDefined();
    const raw = readBuilt(site, 'data/cixi-2020/targets.csv').toString('utf8');
    expect(raw).toContain(`"${withComma![at('snippet')]}"`);
  });

  test('every page and clause path in the data names a built page and anchor', () => {
    const problems: string[] = [];
    for (const dataset of datasets) {
      for (const row of readJson(`data/all/${dataset}`, dataset)) {
        for (const column of ['page', 'clausePage']) {
          const path = row[column];
          if (typeof path !== 'string') continue;
          const [page, anchor] = path.split('#');
          const file = `${page}index.html`;
          if (!site.files.has(file)) problems.push(`${dataset}.${column}: ${path} (no page)`);
          else if (anchor && !site.hasAnchor(file, anchor)) problems.push(`${dataset}.${column}: ${path} (no anchor)`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
