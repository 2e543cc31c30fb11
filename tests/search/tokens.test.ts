import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SEPARATOR } from '../../src/lib/search/terms.ts';
import { END, firstChar, termTokens, textTokens, tokenShard } from '../../src/lib/search/tokens.ts';

describe('textTokens', () => {
  test('pairs inside runs, and each run ends with END', () => {
    expect([...textTokens('控烟,限酒')]).toEqual(['控烟', `烟${END}`, '限酒', `酒${END}`]);
  });
  test('numbers keep their signs', () => expect(textTokens('达到85%以上').has('5%')).toBe(true));
  test('a supplementary-plane character is one character', () => expect([...textTokens('𠀀人')]).toEqual(['𠀀人', `人${END}`]));
});

describe('termTokens', () => {
  test.each([
    ['家庭医生', { kind: 'pairs', tokens: ['家庭', '庭医', '医生'] }],
    ['卫生卫生', { kind: 'pairs', tokens: ['卫生', '生卫'] }],
    ['烟', { kind: 'prefix', char: '烟' }],
  ])('%s', (term, tokens) => expect(termTokens(term)).toEqual(tokens));
});

describe('tokens and shards', () => {
  const text = fc.string({ unit: fc.constantFrom(...'健康卫生控烟限酒心理辅导85%.,、 '.split('')), minLength: 1, maxLength: 40 });

  test('every term cut from a text finds its tokens among the text’s tokens', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (source, a, b) => {
        const chars = [...source];
        const term = chars.slice(Math.min(a, b) % chars.length, (Math.max(a, b) % chars.length) + 1).join('');
        fc.pre(term !== '' && !SEPARATOR.test(term));
        const tokens = textTokens(source);
        const needed = termTokens(term);
        if (needed.kind === 'pairs') expect(needed.tokens.every((token) => tokens.has(token))).toBe(true);
        else expect([...tokens].some((token) => firstChar(token) === needed.char)).toBe(true);
      }),
    );
  });

  test('all tokens starting with one character share a shard', () => {
    expect(tokenShard('控烟', 16)).toBe(tokenShard('控制', 16));
    expect(tokenShard('控', 16)).toBe(tokenShard(`控${END}`, 16));
  });

  test('shards spread over their range', () => {
    const used = new Set([...'健康卫生控烟限酒心理辅导医养结合家庭签约服务体育教育'].map((char) => tokenShard(char, 8)));
    expect(used.size).toBeGreaterThan(4);
  });
});
