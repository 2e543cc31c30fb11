import { expect, test } from 'vitest';
import { stringifyStableJson } from '../scripts/emit/stable-json.ts';

test('keys are sorted at every depth, in code-unit order, whatever order they were built in', () => {
  expect(stringifyStableJson({ b: 1, a: [{ d: 2, c: 3 }], B: 0 })).toBe(stringifyStableJson({ B: 0, a: [{ c: 3, d: 2 }], b: 1 }));
  expect(Object.keys(JSON.parse(stringifyStableJson({ b: 1, a: 2, B: 3, 甲: 4 })))).toEqual(['B', 'a', 'b', '甲']);
  expect(stringifyStableJson({ b: 1, a: 2 })).toBe('{\n  "a": 2,\n  "b": 1\n}\n');
});

test('objects whose key lists look alike when joined keep their own keys', () => {
  // The sorted order is remembered per key list; these lists must not be taken for one another.
  expect(JSON.parse(stringifyStableJson([{}, { '': 1 }]))).toEqual([{}, { '': 1 }]);
  expect(JSON.parse(stringifyStableJson([{ a: 1, b: 2 }, { 'a\u0000b': 3 }]))).toEqual([{ a: 1, b: 2 }, { 'a\u0000b': 3 }]);
});

test('a key named __proto__ stays a key', () => {
  expect(stringifyStableJson(JSON.parse('{"__proto__": 1, "a": 2}'))).toBe('{\n  "__proto__": 1,\n  "a": 2\n}\n');
});
