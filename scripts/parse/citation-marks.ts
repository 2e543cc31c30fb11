/** A 《…》 mark found in a normalized text: where it starts and ends, and where its title lies. */
export interface TitleMark {
  /** Offset of 《. */
  start: number;
  /** Offset after the closing 》, or after the title when the closing mark was cut. */
  end: number;
  titleStart: number;
  titleEnd: number;
  /** False when the page lost the closing 》. */
  closed: boolean;
}

const OPENERS: Record<string, string> = { '《': '》', '<': '>', '〈': '〉' };
/** A sentence stops here; a mark still open at this point was cut by the page. */
const SENTENCE_STOP = /[。;!?\n]/;
/** Titles are short: a mark unclosed after this many characters is cut. */
const MAX_TITLE = 120;
/** The words a document title ends with, for a mark whose 》 was lost. */
const CUT_TITLE = /^.*(方案|计划|要点|意见|规划|纲要|通知|办法|细则|条例|法|决定|措施|标准|规定|规范|指南|年\)?)/;
/** Where a cut title certainly stops: a comma, another mark, a bracket or a verb of the genre. */
const CUT_STOP = /[,、《(]|精神|要求|部署/;

/**
 * The closing offset of the mark opened at `open` (its 》 included), with inner marks
 * (<…>, 〈…〉, 《…》) nested; -1 when a sentence stops or the title runs too long first.
 */
function closeOf(norm: string, open: number): number {
  const stack = [OPENERS[norm[open]!]!];
  for (let i = open + 1; i < norm.length && i - open <= MAX_TITLE; i++) {
    const ch = norm[i]!;
    if (SENTENCE_STOP.test(ch)) return -1;
    if (ch === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    } else if (OPENERS[ch]) stack.push(OPENERS[ch]);
  }
  return -1;
}

/** The end of a cut title: the last title word before it certainly stops; -1 when none. */
function cutEnd(norm: string, titleStart: number): number {
  const rest = norm.slice(titleStart, titleStart + MAX_TITLE);
  const stop = rest.search(CUT_STOP);
  const sentence = rest.search(SENTENCE_STOP);
  const limit = Math.min(...[stop, sentence, rest.length].filter((n) => n >= 0));
  const words = CUT_TITLE.exec(rest.slice(0, limit));
  return words && words[0].length >= 4 ? titleStart + words[0].length : -1;
}

/**
 * Every 《…》 of a normalized text, in order: runs (《A》《B》和《C》), inner marks kept inside
 * the title, and a mark whose 》 was lost ending at the title's last word.
 * @example findTitleMarks('根据《A方案》《B纲要》') // two marks, titles "A方案" and "B纲要"
 */
export function findTitleMarks(norm: string): TitleMark[] {
  const marks: TitleMark[] = [];
  let from = 0;
  for (let open = norm.indexOf('《', from); open >= 0; open = norm.indexOf('《', from)) {
    const close = closeOf(norm, open);
    if (close > open + 2) {
      marks.push({ start: open, end: close, titleStart: open + 1, titleEnd: close - 1, closed: true });
      from = close;
      continue;
    }
    const end = close < 0 ? cutEnd(norm, open + 1) : -1;
    if (end > 0) marks.push({ start: open, end, titleStart: open + 1, titleEnd: end, closed: false });
    from = Math.max(open + 1, end);
  }
  return marks;
}
