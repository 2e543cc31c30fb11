import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SEPARATOR } from '../../src/lib/search/terms.ts';
import { filterToken, termTokens, textTokens, tokenShard } from '../../src/lib/search/tokens.ts';

describe('textTokens', () => {
  test('characters and the pairs inside runs', () => {
    expect([...textTokens('控烟,限酒')]).toEqual(['控', '控烟', '烟', '限', '限酒', '酒']);
  });
  test('numbers keep their signs', () => expect(textTokens('达到85%以上').has('5%')).toBe(true));
  test('a supplementary-plane character is one character', () => expect([...textTokens('𠀀人')]).toEqual(['𠀀', '𠀀人', '人']));
});

describe('termTokens', () => {
  test.each([
    ['家庭医生', ['家庭', '庭医', '医生']],
    ['卫生卫生', ['卫生', '生卫']],
    ['烟', ['烟']],
    ['𠀀', ['𠀀']],
  ])('%s', (term, tokens) => expect(termTokens(term)).toEqual(tokens));
});

test('a filter token is no text token', () => {
  expect(filterToken('place', '鄞州区')).toBe('\u0001place=鄞州区');
  expect(textTokens('place=鄞州区').has(filterToken('place', '鄞州区'))).toBe(false);
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
        expect(termTokens(term).every((token) => tokens.has(token))).toBe(true);
      }),
    );
  });

  test('pairs of one first character spread over the shards (a common character is no large shard)', () => {
    const used = new Set([...'康生理育检疗保身全美'].map((second) => tokenShard(`健${second}`, 8)));
    expect(used.size).toBeGreaterThan(4);
  });

  test('a token always lives in the same shard, within range', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 2 }), fc.integer({ min: 1, max: 4096 }), (token, shards) => {
      const shard = tokenShard(token, shards);
      expect(shard).toBe(tokenShard(token, shards));
      expect(shard >= 0 && shard < shards).toBe(true);
    }));
  });
});
