import { normalizeForMatch } from './normalize.ts';

/** One physical line of a notice: its 1-based number, printed text and matching copy. */
export interface SourceLine {
  n: number;
  raw: string;
  /** Same length as raw: half-width, single-script, for rules to match against. */
  norm: string;
  blank: boolean;
  /** Where a piece of a flattened line starts in its line (absent for a whole line). */
  col?: number;
}

/** Wrap decoded lines for the parser. */
export function toSourceLines(lines: readonly string[]): SourceLine[] {
  return lines.map((raw, i) => {
    const norm = normalizeForMatch(raw);
    return { n: i + 1, raw, norm, blank: norm.trim() === '' };
  });
}

/** The printed text of a line without surrounding spaces, and the offset where it starts. */
export function trimmed(line: SourceLine): { raw: string; norm: string; offset: number } {
  const offset = line.norm.length - line.norm.trimStart().length;
  const end = line.norm.trimEnd().length;
  return { raw: line.raw.slice(offset, end), norm: line.norm.slice(offset, end), offset };
}
