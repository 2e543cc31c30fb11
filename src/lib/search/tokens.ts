/**
 * Tokens of the pair index: every character and every pair of adjacent characters inside a run of
 * text between separators. A term of two or more characters holds all of its pairs, so the groups
 * holding all of them are the groups that may contain it (a few more, which verification drops);
 * a one-character term is found by its own token. Each token is in the shard its hash names, so a
 * query reads one small shard per token, however common the token's first character is.
 */
import { SEPARATOR } from './terms.ts';

/**
 * The index tokens of one folded text.
 * @example textTokens('控烟,限酒') // Set { '控', '控烟', '烟', '限', '限酒', '酒' }
 */
export function textTokens(folded: string): Set<string> {
  const tokens = new Set<string>();
  for (const run of folded.split(SEPARATOR)) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      tokens.add(chars[i]!);
      if (i + 1 < chars.length) tokens.add(chars[i]! + chars[i + 1]!);
    }
  }
  return tokens;
}

/**
 * The tokens to look up for one folded term (a term holds no separators): its pairs, or the
 * character itself.
 * @example termTokens('家庭医生') // ['家庭', '庭医', '医生']
 * @example termTokens('烟') // ['烟']
 */
export function termTokens(term: string): string[] {
  const chars = [...term];
  if (chars.length === 1) return chars;
  return [...new Set(chars.slice(1).map((char, i) => chars[i]! + char))];
}

/** The shard a token lives in: FNV-1a of its UTF-16 code units, mixed, modulo the number of shards. */
export function tokenShard(token: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    const unit = token.charCodeAt(i);
    hash ^= unit & 0xff;
    hash = Math.imul(hash, 0x01000193);
    hash ^= unit >>> 8;
    hash = Math.imul(hash, 0x01000193);
  }
  // Murmur3's finaliser mixes every bit into the low ones the modulo keeps: pairs differing only in
  // their second character otherwise crowd into a few shards.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) % shards;
}

/**
 * The token of one filter value: a group carrying it is in the token's postings, so a filtered
 * search narrows its groups the way it narrows them by words. Folding turns every control
 * character into a space, so no text token starts like this.
 * @example filterToken('place', '鄞州区') // '\u0001place=鄞州区'
 */
export function filterToken(key: string, value: string): string {
  return `\u0001${key}=${value}`;
}
