import { pinyin } from 'pinyin-pro';

/**
 * An ASCII slug from Chinese text: toneless pinyin, syllables of a word run together,
 * anything else a hyphen.
 * @example slugify('区文广新局(旅游局、体育局)') // 'quwenguangxinju-lvyouju-tiyuju'
 */
export function slugify(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  return syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
