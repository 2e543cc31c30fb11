import type { Clause, LineRecord, MetadataEntry, Plan } from '../../src/model/index.ts';
import { normalizeForMatch } from '../../scripts/parse/normalize.ts';

/** A text without any white space, so a line compares with a field that joined several lines. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * For every source line, the texts of the model fields that claim it, by the field's own line
 * (metadata, assignments, attachments, closing, cover paragraphs) or line range (clauses). A kept
 * line is then checked against its own fields only: joining every field into one string let a
 * line match across two fields, or a field the line never went to.
 */
export function textsByLine(plan: Plan): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  const claim = (line: number, text: string) => byLine.set(line, [...(byLine.get(line) ?? []), text]);
  const ranges = new Map<string, Clause['lines']>();
  const walk = (clauses: readonly Clause[]) => {
    for (const c of clauses) {
      ranges.set(c.id, c.lines);
      const own = (c.number?.printed ?? '') + (c.heading ?? '') + c.text;
      for (let n = c.lines.start; n <= c.lines.end; n++) claim(n, own);
      walk(c.children);
    }
  };
  walk(plan.clauses);
  // A unit list may run over several lines and the model keeps only its first: it claims the
  // lines of its clause.
  for (const a of plan.assignments) {
    const range = ranges.get(a.clauseId) ?? { start: a.line, end: a.line };
    for (let n = Math.min(a.line, range.start); n <= Math.max(a.line, range.end); n++) claim(n, a.printed);
  }
  for (const a of plan.attachments) claim(a.line, a.printed);
  for (const c of plan.closing) claim(c.line, c.text);
  for (const p of plan.cover?.paragraphs ?? []) claim(p.line, p.text);
  return byLine;
}

/**
 * Texts the model keeps once for the whole notice, without a line: titles and the cover's
 * addressee line, issuer, date and remarks. A line may only be found in these when its role is
 * one of theirs (the title is printed in the plan; the others in the cover).
 */
function unlinedTexts(plan: Plan, role: LineRecord['role']): string[] {
  const titles = [plan.planTitle, plan.noticeTitle ?? ''];
  if (role === 'plan') return titles;
  if (role !== 'cover' || !plan.cover) return [];
  const { addresseeLine, issuer, signedDate, remarks } = plan.cover;
  return [...titles, addresseeLine, issuer ?? '', signedDate?.printed ?? '', ...remarks];
}

/**
 * Reads the header's metadata lines back from the model's entries, in order: a line must be exactly
 * its entries' keys and values (a colon after a key and the page's 【字体… tail allowed, white space
 * ignored); a value left off its key's line must be the whole next metadata line; a document
 * number printed alone is its 文号 entry's value. Keys compare in Simplified script, as the model
 * stores them; values as printed. Returns "line N: why" for each line that does not read back.
 */
function findUnreadMetadata(plan: Plan): string[] {
  const problems: string[] = [];
  let pending: MetadataEntry | null = null;
  for (const record of plan.lines.filter((l) => l.role === 'metadata')) {
    const raw = squeeze(record.text);
    const norm = squeeze(normalizeForMatch(record.text));
    const entries = plan.metadata.filter((m) => m.line === record.line);
    const fail = (why: string) => problems.push(`line ${record.line} (metadata): ${why}: ${record.text}`);
    if (entries.length === 0) {
      if (!pending || squeeze(pending.value) !== raw) fail(`not the value of the key before it (${pending?.key ?? 'none'})`);
      pending = null;
      continue;
    }
    pending = null;
    const [only] = entries;
    if (entries.length === 1 && only!.key === '文号' && !norm.startsWith('文号') && squeeze(only!.value) === raw) continue;
    let at = 0;
    for (const [i, entry] of entries.entries()) {
      const keyAt = norm.indexOf(entry.key, at);
      if (keyAt < 0 || !/^:*$/.test(norm.slice(at, keyAt))) {
        fail(`key ${entry.key} is not next`);
        break;
      }
      at = keyAt + entry.key.length;
      while (norm[at] === ':') at++;
      const value = squeeze(entry.value);
      if (raw.startsWith(value, at)) at += value.length;
      else if (i === entries.length - 1 && /^(【.*)?$/.test(norm.slice(at))) pending = entry;
      else fail(`${entry.key} is "${entry.value}", the line has "${raw.slice(at)}"`);
    }
    if (!/^(【.*)?$/.test(norm.slice(at)) && !pending) fail(`"${raw.slice(at)}" is in no entry`);
  }
  return problems;
}

/**
 * Every kept line whose text is not in a model field of its own, each as "line N: why"; empty
 * when every kept line is accounted for.
 */
export function findUnaccountedLines(plan: Plan): string[] {
  const byLine = textsByLine(plan);
  const problems = findUnreadMetadata(plan);
  for (const record of plan.lines) {
    if (record.role === null || record.role === 'metadata') continue;
    const wanted = squeeze(record.text);
    const fields = [...(byLine.get(record.line) ?? []), ...unlinedTexts(plan, record.role)];
    if (!fields.some((field) => squeeze(field).includes(wanted))) {
      problems.push(`line ${record.line} (${record.role}): in none of its ${fields.length} fields: ${record.text}`);
    }
  }
  return problems;
}
