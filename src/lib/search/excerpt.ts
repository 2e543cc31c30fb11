/**
 * Excerpts with the matched words marked: the printed text is shown, the match is found in its
 * folded copy (same length, see fold.ts), so a Simplified query marks Traditional text.
 */

/** A piece of shown text, marked when it matches a term. */
export interface TextPiece {
  text: string;
  mark: boolean;
}

/** Where terms occur in a folded text, as sorted, merged [start, end) ranges. */
export function matchRanges(folded: string, terms: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (term === '') continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function pieces(text: string, ranges: readonly [number, number][], from: number, to: number): TextPiece[] {
  const out: TextPiece[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false });
  return out;
}

/**
 * The whole text with every match marked.
 * @example markText('市衛生健康委', '市卫生健康委', ['卫生']) // [{ '市' }, { '衛生', mark }, { '健康委' }]
 */
export function markText(text: string, folded: string, terms: readonly string[]): TextPiece[] {
  return pieces(text, matchRanges(folded, terms), 0, text.length);
}

/**
 * About `length` characters of the text around its first match, every match marked, with "…"
 * where the text was cut. Without a match, the text's beginning.
 * @example excerpt('……加快推进家庭医生签约服务。……', folded, ['家庭医生'], 20)
 */
export function excerpt(text: string, folded: string, terms: readonly string[], length = 110): TextPiece[] {
  const ranges = matchRanges(folded, terms);
  const first = ranges[0]?.[0] ?? 0;
  // Start a little before the first match, so it reads in context.
  let from = Math.max(0, first - Math.floor(length / 4));
  const to = Math.min(text.length, from + length);
  from = Math.max(0, Math.min(from, to - length));
  // Never cut a surrogate pair in half.
  if (from > 0 && /[\udc00-\udfff]/.test(text[from]!)) from--;
  const shown = pieces(text, ranges, from, to);
  if (from > 0) shown.unshift({ text: '…', mark: false });
  if (to < text.length) shown.push({ text: '…', mark: false });
  return shown;
}
