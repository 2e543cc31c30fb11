import type { Citation, CitationSpan } from '../../model/index.ts';

/** A piece of printed text: plain, or a citation to link. */
export interface TextSegment {
  text: string;
  citation: Citation | null;
}

/** The key of a printed field in a plan: a clause's heading or text, or a cover paragraph. */
export const fieldKey = (span: Pick<CitationSpan, 'clauseId' | 'paragraph' | 'field'>): string =>
  span.clauseId === null ? `cover:${span.paragraph}` : `${span.clauseId}:${span.field}`;

/**
 * Cut a printed field at its citations' spans, in order; text outside them is kept as printed, so
 * the segments joined give the field back. Overlapping or out-of-range spans are left as text.
 * @example splitCited('据《A》办', [span 1–4]) // ['据', '《A》' (linked), '办']
 */
export function splitCited(text: string, citations: readonly Citation[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const citation of [...citations].sort((a, b) => a.span.start - b.span.start)) {
    const { start, end } = citation.span;
    if (start < at || end > text.length) continue;
    if (start > at) segments.push({ text: text.slice(at, start), citation: null });
    segments.push({ text: text.slice(start, end), citation });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), citation: null });
  return segments;
}
