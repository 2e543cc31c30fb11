import type { Comparator } from '../../src/model/insight.ts';

/** How a word before a value bears on the comparator. */
export type Leaning =
  | { kind: 'strict'; comparator: Comparator } // 不少于, ≥, 低于: says the comparator outright
  | { kind: 'reach' } // 达到, 提高到: at least, unless 以下 follows
  | { kind: 'cap' } // 控制在, 降至: at most, unless 以上 follows
  | { kind: 'neutral' }; // 保持在, 稳定在, 为, 按: only a qualifier after the value says more

/** Words printed right before a value, longest first so 不少于 is not read as 少于. */
export const COMPARATOR_WORDS: readonly (readonly [string, Leaning])[] = (
  [
    ['大于等于', { kind: 'strict', comparator: '≥' }],
    ['不少于', { kind: 'strict', comparator: '≥' }],
    ['不低于', { kind: 'strict', comparator: '≥' }],
    ['不小于', { kind: 'strict', comparator: '≥' }],
    ['不超过', { kind: 'strict', comparator: '≤' }],
    ['不高于', { kind: 'strict', comparator: '≤' }],
    ['不大于', { kind: 'strict', comparator: '≤' }],
    ['低于', { kind: 'strict', comparator: '<' }],
    ['少于', { kind: 'strict', comparator: '<' }],
    ['小于', { kind: 'strict', comparator: '<' }],
    ['高于', { kind: 'strict', comparator: '>' }],
    ['超过', { kind: 'strict', comparator: '>' }],
    ['大于', { kind: 'strict', comparator: '>' }],
    ['≥', { kind: 'strict', comparator: '≥' }],
    ['≤', { kind: 'strict', comparator: '≤' }],
    ['>', { kind: 'strict', comparator: '>' }],
    ['<', { kind: 'strict', comparator: '<' }],
    ['提高到', { kind: 'reach' }],
    ['提高至', { kind: 'reach' }],
    ['提升到', { kind: 'reach' }],
    ['提升至', { kind: 'reach' }],
    ['增加到', { kind: 'reach' }],
    ['增长到', { kind: 'reach' }],
    ['增至', { kind: 'reach' }],
    ['达到', { kind: 'reach' }],
    ['达', { kind: 'reach' }],
    ['控制在', { kind: 'cap' }],
    ['降低到', { kind: 'cap' }],
    ['下降到', { kind: 'cap' }],
    ['降到', { kind: 'cap' }],
    ['降至', { kind: 'cap' }],
    ['保持在', { kind: 'neutral' }],
    ['稳定在', { kind: 'neutral' }],
    ['维持在', { kind: 'neutral' }],
    ['在', { kind: 'neutral' }],
    ['为', { kind: 'neutral' }],
    ['按', { kind: 'neutral' }],
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length);

/** Qualifiers printed right after a value (以上 includes the value, as in statutes). */
export const QUALIFIERS: readonly (readonly [string, Comparator])[] = [
  ['及以上', '≥'],
  ['及以下', '≤'],
  ['以上', '≥'],
  ['以下', '≤'],
  ['以内', '≤'],
  ['左右', '='],
];

/** The comparator word a text ends with, if any. */
export function trailingComparator(pre: string): { word: string; leaning: Leaning } | null {
  const hit = COMPARATOR_WORDS.find(([word]) => pre.endsWith(word));
  return hit ? { word: hit[0], leaning: hit[1] } : null;
}

/** The qualifier a text starts with, if any. */
export function leadingQualifier(post: string): { word: string; comparator: Comparator } | null {
  const hit = QUALIFIERS.find(([word]) => post.startsWith(word));
  return hit ? { word: hit[0], comparator: hit[1] } : null;
}

/**
 * The comparator of a target: a strict word before the value wins (不少于, ≥, 至少), then a
 * qualifier after it (以上, 以下), then the leaning of the verb (达到 → ≥, 控制在 → ≤), else "=".
 * @example resolveComparator({ kind: 'cap' }, '≤') // '≤'   (控制在…以下)
 */
export function resolveComparator(leaning: Leaning | null, qualifier: Comparator | null): Comparator {
  if (leaning?.kind === 'strict') return leaning.comparator;
  if (qualifier) return qualifier;
  if (leaning?.kind === 'reach') return '≥';
  if (leaning?.kind === 'cap') return '≤';
  return '=';
}
