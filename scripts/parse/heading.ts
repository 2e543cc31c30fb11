import { SENTENCE_PUNCT } from './patterns.ts';
import type { FoundList } from './unit-list.ts';

/** A numbered line's text after its number, split into a heading and running text. */
export interface HeadingSplit {
  heading: string | null;
  /** Offset in the rest where the text starts. */
  textStart: number;
}

const MAX_HEADING = 60;
const MAX_RUN_IN = 40;

/**
 * Split the text after a clause number into heading and text, by the genre's three forms:
 * a heading alone on its line; a heading run into its first sentence ("加强组织领导。…");
 * a heading followed by its role list ("…专项行动(牵头单位:…)以…").
 * The heading keeps its printed stop so no character of the source is lost.
 * @example splitHeading('加强全民健康教育。开展文明城市', []) // { heading: '加强全民健康教育。', textStart: 9 }
 */
export function splitHeading(rest: string, lists: readonly FoundList[], restOffset: number): HeadingSplit {
  const firstList = lists.find((l) => l.start >= restOffset);
  if (firstList && firstList.labeled) {
    const before = rest.slice(0, firstList.start - restOffset);
    if (before.trim() !== '' && before.length <= MAX_HEADING && !SENTENCE_PUNCT.test(before)) {
      return { heading: before.trimEnd(), textStart: firstList.start - restOffset };
    }
  }
  if (!SENTENCE_PUNCT.test(rest) && rest.length <= MAX_HEADING && !firstList) return { heading: rest, textStart: rest.length };
  const stop = rest.indexOf('。');
  if (stop > 0 && stop <= MAX_RUN_IN && stop < rest.trimEnd().length - 1 && !/[;:]/.test(rest.slice(0, stop))) {
    return { heading: rest.slice(0, stop + 1), textStart: stop + 1 };
  }
  return { heading: null, textStart: 0 };
}

/** A short unpunctuated line that may be a heading whose number was lost in the scrape. */
export function mayBeLostHeading(norm: string, lists: readonly FoundList[]): boolean {
  return (
    lists.length === 0 &&
    norm.length >= 2 &&
    norm.length <= 40 &&
    !SENTENCE_PUNCT.test(norm) &&
    !/[,,]$/.test(norm) &&
    !norm.startsWith('——') &&
    !/^[\d(]/.test(norm)
  );
}

/** The last two characters of a heading, without its stop: 行动, 服务, 能力… */
export function headingSuffix(heading: string): string {
  return heading.replace(/[。.,;:!?\s]+$/, '').slice(-2);
}
