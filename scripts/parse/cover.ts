import type { Cover } from '../../src/model/index.ts';
import { readDate } from './dates.ts';
import type { LineBook } from './line-book.ts';
import { COVER_REMARK, SENTENCE_PUNCT } from './patterns.ts';
import { trimmed, type SourceLine } from './source-line.ts';

function splitAddressees(raw: string, norm: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const body = norm.replace(/:$/, '');
  for (let i = 0; i <= body.length; i++) {
    const ch = body[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (i === body.length || (depth === 0 && /[、,;]/.test(ch!))) {
      const name = raw.slice(start, i).trim();
      if (name) out.push(name);
      start = i + 1;
    }
  }
  return out;
}

/**
 * Read the cover notice: addressees (the line ending in a colon), body paragraphs, the issuer
 * printed above the date, the signature date, and remarks such as (此件公开发布).
 */
export function readCover(lines: readonly SourceLine[], signedDateLine: SourceLine | null, book: LineBook): Cover {
  const content = lines.filter((l) => !l.blank);
  for (const l of lines) book.keepOrBlank(l, 'cover');
  const [first, ...rest] = content;
  const cover: Cover = { addresseeLine: '', addressees: [], paragraphs: [], issuer: null, signedDate: null, remarks: [] };
  if (!first) return cover;
  const head = trimmed(first);
  cover.addresseeLine = head.raw;
  cover.addressees = splitAddressees(head.raw, head.norm);
  // Compared as objects: pieces of one flattened line share its number.
  const dateAt = rest.findIndex((l) => l === signedDateLine);
  const body = dateAt >= 0 ? rest.slice(0, dateAt) : rest;
  const issuer = body.at(-1);
  if (dateAt >= 0 && issuer && trimmed(issuer).norm.length <= 40 && !SENTENCE_PUNCT.test(issuer.norm)) {
    cover.issuer = trimmed(issuer).raw.replace(/\s+$/, '');
    body.pop();
  }
  cover.paragraphs = body.map((l) => ({ text: trimmed(l).raw, line: l.n }));
  if (dateAt >= 0) {
    const dateLine = rest[dateAt]!;
    cover.signedDate = readDate(trimmed(dateLine).norm.replace(/\s+/g, '')) ?? null;
    if (cover.signedDate) cover.signedDate.printed = trimmed(dateLine).raw;
    for (const l of rest.slice(dateAt + 1)) {
      if (COVER_REMARK.test(trimmed(l).norm)) cover.remarks.push(trimmed(l).raw);
      else cover.paragraphs.push({ text: trimmed(l).raw, line: l.n });
    }
  }
  return cover;
}
