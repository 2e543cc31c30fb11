/**
 * A record group as one Pagefind custom record: a plan with all its clauses, or a place's units.
 * Pagefind only has to say which groups hold the words; one page per plan, not per clause, keeps
 * its index small (at 200 notices the largest index chunk was 43 KB, against 524 KB with one
 * page per clause). Its content is the folded text (width, case, Simplified script), each shared
 * line (units, plan title) once; its filters are those of its records together. Pure.
 */
import type { CustomRecord } from 'pagefind';
import { FILTER_KEYS, foldedFields } from '../../src/lib/search/record.ts';
import type { RecordGroup } from './records.ts';

/**
 * The one language of the whole index: Pagefind segments Chinese only for a zh language, and a
 * search sees only the index of one language, so every group (Traditional ones too, indexed in
 * their Simplified copy) is zh-cn.
 */
export const PAGEFIND_LANGUAGE = 'zh-cn';

/** The custom record Pagefind indexes for one group; its URL is the group's key (results are read by group, not followed). */
export function pagefindRecord(group: RecordGroup): CustomRecord {
  const lines: string[] = [];
  const shared = new Set<string>();
  for (const record of group.records) {
    const [title, text, units, plan] = foldedFields(record) as [string, string, string, string];
    lines.push(title, text);
    shared.add(title);
    for (const line of [units, plan]) {
      if (line && !shared.has(line)) lines.push(line);
      shared.add(line);
    }
  }
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key): [string, string[]] => [key, [...new Set(group.records.flatMap((record) => record.filters[key]))]]).filter(([, values]) => values.length > 0),
  );
  return {
    url: group.key,
    content: lines.filter(Boolean).join('\n'),
    language: PAGEFIND_LANGUAGE,
    meta: { title: foldedFields(group.records[0]!)[0]! },
    filters,
  };
}
