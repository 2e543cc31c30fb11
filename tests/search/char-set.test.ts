import fc from 'fast-check';
import { expect, test } from 'vitest';
import { traditionalChars } from '../../scripts/search/traditional-chars.ts';
import { packChars, unpackChars } from '../../src/lib/search/char-set.ts';
import { seedRecords, toHans } from './seed-records.ts';

test('packed as base-36 gaps between code points', () => {
  expect(packChars('丄丁丂丁')).toBe('fep,1,2');
  expect([...unpackChars('fep,1,2')]).toEqual(['丁', '丂', '丄']);
  expect(unpackChars('').size).toBe(0);
});

test('any set of characters round-trips, supplementary-plane ones too', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...'衛生健康控煙𠀀𩸽ａ1%')), (chars) => {
      expect(unpackChars(packChars(chars))).toEqual(new Set(chars));
    }),
  );
});

test('the client’s Traditional characters: 衛 and 煙 in, their Simplified forms out, small', () => {
  const packed = traditionalChars(toHans, seedRecords());
  const chars = unpackChars(packed);
  for (const char of '衛煙麗辦') expect(chars.has(char), char).toBe(true);
  for (const char of '卫烟丽办') expect(chars.has(char), char).toBe(false);
  expect(packed.length).toBeLessThan(10_000);
});
