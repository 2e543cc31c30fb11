import { pinyin } from 'pinyin-pro';

/**
 * Slugs already made: a collection names the same units (区卫生健康局, 市发展改革委) in notice
 * after notice, and pinyin-pro segments every name against its dictionary (issue 12: a twentieth
 * of the ingest). Emptied when full, so a long run's memory stays bounded.
 */
const made = new Map<string, string>();
const MADE_AT_MOST = 20_000;

/**
 * An ASCII slug from Chinese text: toneless pinyin, syllables of a word run together,
 * anything else a hyphen.
 * @example slugify('区文广新局(旅游局、体育局)') // 'quwenguangxinju-lvyouju-tiyuju'
 */
export function slugify(text: string): string {
  let slug = made.get(text);
  if (slug === undefined) {
    if (made.size >= MADE_AT_MOST) made.clear();
    slug = pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    made.set(text, slug);
  }
  return slug;
}
