import { describe, expect, test } from 'vitest';
import { slugify } from '../../scripts/parse/slug.ts';

describe('slugify', () => {
  test.each([
    ['区文广新局(旅游局、体育局)', 'quwenguangxinju-lvyouju-tiyuju'],
    ['青岚区卫生健康局', 'qinglanquweishengjiankangju'],
    ['县 教育局', 'xian-jiaoyuju'],
    ['绿化', 'lvhua'],
    ['2021年', '2021nian'],
    ['(牵头)', 'qiantou'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  test('a name met again gets the same slug, after more names than the memory keeps', () => {
    const first = slugify('青岚区发展改革局');
    for (let i = 0; i < 20_500; i++) slugify(`单位${i}`);
    expect(slugify('青岚区发展改革局')).toBe(first);
    expect(slugify('单位7')).toBe('danwei7');
  });
});
