import { Converter } from 'opencc-js/t2cn';
import { buildSearchGroups, flattenGroups, type RecordGroup } from '../../scripts/search/records.ts';
import { foldText } from '../../src/lib/search/fold.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { splitTerms } from '../../src/lib/search/terms.ts';
import { loadPlans } from '../support/site/plan-data.ts';

/** opencc-js's Traditional → Simplified converter, as the build uses it. */
export const toHans = Converter({ from: 't', to: 'cn' });

let cached: RecordGroup[] | undefined;

/** The search record groups of the seed plans (content/plan-data), built as `npm run build` builds them. */
export function seedGroups(): RecordGroup[] {
  cached ??= buildSearchGroups(loadPlans(), toHans);
  return cached;
}

/** The search records of the seed plans, in index order. */
export function seedRecords(): SearchRecord[] {
  return flattenGroups(seedGroups());
}

/** The folded terms of a query, as the browser computes them. */
export function queryTerms(query: string): string[] {
  return splitTerms(foldText(query, toHans));
}
