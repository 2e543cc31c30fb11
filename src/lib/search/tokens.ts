/**
 * Tokens of the file:// fallback index: every pair of adjacent characters inside a run of text
 * between separators, and each run's last character followed by END. Any term of two or more
 * characters holds all of its pairs, so intersecting their postings finds every record that
 * contains it (and a few more, which verification drops); a one-character term is found by the
 * tokens that start with it. Tokens are grouped into shards by their first character.
 */
import { SEPARATOR } from './terms.ts';

/** Marks the end of a run; folding turns every control character into a space, so text never holds it. */
export const END = '\u0003';

/**
 * The index tokens of one folded text.
 * @example textTokens('控烟,限酒') // Set { '控烟', '烟\u0003', '限酒', '酒\u0003' }
 */
export function textTokens(folded: string): Set<string> {
  const tokens = new Set<string>();
  for (const run of folded.split(SEPARATOR)) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) tokens.add(chars[i]! + (chars[i + 1] ?? END));
  }
  return tokens;
}

/** What a term needs from the index: all of its pairs, or for a single character any token starting with it. */
export type TermTokens = { kind: 'pairs'; tokens: string[] } | { kind: 'prefix'; char: string };

/**
 * The tokens to look up for one folded term (a term holds no separators).
 * @example termTokens('家庭医生') // { kind: 'pairs', tokens: ['家庭', '庭医', '医生'] }
 * @example termTokens('烟') // { kind: 'prefix', char: '烟' }
 */
export function termTokens(term: string): TermTokens {
  const chars = [...term];
  if (chars.length === 1) return { kind: 'prefix', char: chars[0]! };
  return { kind: 'pairs', tokens: [...new Set(chars.slice(1).map((char, i) => chars[i]! + char))] };
}

/** The first character of a token (a code point, so a supplementary-plane character stays whole). */
export function firstChar(token: string): string {
  return String.fromCodePoint(token.codePointAt(0)!);
}

/**
 * The shard a token (or a single character) lives in: FNV-1a of its first character, modulo the
 * number of shards. All tokens starting with one character share a shard.
 */
export function tokenShard(token: string, shards: number): number {
  let hash = 0x811c9dc5;
  const code = token.codePointAt(0)!;
  for (let shift = 0; shift < 32; shift += 8) {
    hash ^= (code >>> shift) & 0xff;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}
