import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../support/site/build-site.ts';

/** The columns docs/open-data.md documents for each dataset: "### <dataset>" then a table of `column` | type | meaning. */
export function documentedColumns(): Map<string, { name: string; type: string }[]> {
  const text = readFileSync(join(ROOT, 'docs', 'open-data.md'), 'utf8');
  const datasets = new Map<string, { name: string; type: string }[]>();
  let current: { name: string; type: string }[] | undefined;
  for (const line of text.split('\n')) {
    const heading = /^### (\w+)\s*$/.exec(line);
    if (heading) datasets.set(heading[1]!, (current = []));
    else if (/^#{1,2} /.test(line)) current = undefined;
    const row = /^\| `(\w+)` \| ([^|]+) \|/.exec(line);
    if (row && current) current.push({ name: row[1]!, type: row[2]!.trim() });
  }
  return datasets;
}
