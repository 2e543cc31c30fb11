/**
 * Ranking of the verified records of a batch, by either engine: how often each term occurs,
 * counted more in the title and the units than in the text, and damped by the record's length,
 * so a heading or a unit's own page ranks above a long clause that names it once.
 */
import { foldedFields, type SearchRecord } from './record.ts';

// Weights of the folded fields, in foldedFields order: title, text, units, plan line.
const FIELD_WEIGHTS = [4, 1, 2, 1] as const;
// Characters of text at which a record's score is damped by a factor of about 1.7.
const LENGTH_SCALE = 200;

function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

/** The relevance of a record that holds every term; higher is better. */
export function scoreRecord(record: SearchRecord, terms: readonly string[]): number {
  const fields = foldedFields(record);
  let score = 0;
  for (const term of terms) {
    const weighted = fields.reduce((sum, field, i) => sum + FIELD_WEIGHTS[i]! * occurrences(field, term), 0);
    score += Math.log1p(weighted);
  }
  const length = fields[0]!.length + fields[1]!.length;
  return score / (1 + Math.log1p(length / LENGTH_SCALE));
}

/** Records by falling score; equal scores keep the index order (plans, then document order). */
export function rankRecords(records: readonly SearchRecord[], terms: readonly string[]): SearchRecord[] {
  return records
    .map((record, i) => ({ record, i, score: scoreRecord(record, terms) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ record }) => record);
}
