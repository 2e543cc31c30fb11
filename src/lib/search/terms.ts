/**
 * The terms of a query. A person types words separated by spaces or punctuation; each word is a
 * term, matched as a whole (a substring of the folded text), and a result must hold every term.
 */

/**
 * Characters that end a term and are never part of one: spaces and the punctuation of sentences,
 * quotes and brackets, in their folded (half-width) forms. Kept inside terms: . % ‰ / - + which
 * belong to numbers such as 85%, 9.5/10万 and 2017-2019.
 */
export const SEPARATOR = /[\s,;:!?、。；：！？“”‘’"'《》〈〉()（）[\]【】「」『』{}<>·・…—]+/u;

/** At most this many terms count; more words than this read as noise. */
export const MAX_TERMS = 8;

/**
 * Split a folded query into terms: no repeats, and no term that another term contains (卫生 in
 * 卫生局 adds nothing), in the order typed.
 * @example splitTerms('心理 辅导，心理') // ['心理', '辅导']
 * @example splitTerms('卫生 卫生局') // ['卫生局']
 */
export function splitTerms(folded: string): string[] {
  const words = [...new Set(folded.split(SEPARATOR).filter((word) => word !== ''))];
  return words.filter((word) => !words.some((other) => other !== word && other.includes(word))).slice(0, MAX_TERMS);
}
