/** How a notice's lines are terminated: the dominant line break, or 'none' when it has none. */
export type LineEnding = 'lf' | 'crlf' | 'cr' | 'none';

/** A text cut into lines, with its dominant line ending. */
export interface SplitLines {
  lines: string[];
  lineEnding: LineEnding;
}

/**
 * Split text on CRLF, LF or lone CR in one linear pass, so line N (1-based) is lines[N-1].
 * A trailing line break does not open a final empty line. The dominant ending is the most
 * frequent one (ties: lf, then crlf, then cr); 'none' when the text has no line break.
 */
export function splitLines(text: string): SplitLines {
  const lines: string[] = [];
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      lines.push(text.slice(start, i));
      lf++;
      start = i + 1;
    } else if (c === 0x0d) {
      lines.push(text.slice(start, i));
      if (i + 1 < n && text.charCodeAt(i + 1) === 0x0a) {
        crlf++;
        i++;
      } else {
        cr++;
      }
      start = i + 1;
    }
  }
  if (start < n) lines.push(text.slice(start));
  return { lines, lineEnding: dominantEnding(lf, crlf, cr) };
}

function dominantEnding(lf: number, crlf: number, cr: number): LineEnding {
  if (lf === 0 && crlf === 0 && cr === 0) return 'none';
  if (lf >= crlf && lf >= cr) return 'lf';
  return crlf >= cr ? 'crlf' : 'cr';
}
