import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import type { Jurisdiction } from '../../model/index.ts';

/**
 * The URL slug of a place, from its name alone (so it never moves): its pinyin and a short hash
 * of the name, which keeps homophones (鄞州区, 银州区) apart.
 * @example placeSlug({ placeHans: '鄞州区', … }) // 'yinzhouqu-' + four hex digits
 */
export function placeSlug(jurisdiction: Pick<Jurisdiction, 'placeHans'>): string {
  const name = jurisdiction.placeHans;
  const readable = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
  return `${readable || 'place'}-${createHash('sha256').update(name).digest('hex').slice(0, 4)}`;
}

/** The first letter of a place's pinyin, a to z (else "0"): the stable key a large list splits on. */
export function placeInitial(jurisdiction: Pick<Jurisdiction, 'placeHans'>): string {
  const first = placeSlug(jurisdiction)[0]!;
  return /[a-z]/.test(first) ? first : '0';
}
