import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import type { Jurisdiction } from '../../model/index.ts';

/**
 * Text as lower-case toneless pinyin, every run of other characters one "-", cut at 30
 * characters: the readable head of a slug, and where a letter key is read from.
 * @example readablePinyin('“健康东岭2030”') // 'jiankangdongling2030'
 */
export function readablePinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
}

/**
 * The URL slug of a place, from its name alone (so it never moves): its pinyin and a short hash
 * of the name, which keeps homophones (鄞州区, 银州区) apart.
 * @example placeSlug({ placeHans: '鄞州区', … }) // 'yinzhouqu-' + four hex digits
 */
export function placeSlug(jurisdiction: Pick<Jurisdiction, 'placeHans'>): string {
  const name = jurisdiction.placeHans;
  return `${readablePinyin(name) || 'place'}-${createHash('sha256').update(name).digest('hex').slice(0, 4)}`;
}

/** The first character of a slug or of pinyin as a letter key, a to z (else "0"). */
const letterKey = (readable: string): string => (/^[a-z]/.test(readable) ? readable[0]! : '0');

/** The first letter of a place's pinyin, a to z (else "0"): the stable key a large list splits on. */
export function placeInitial(jurisdiction: Pick<Jurisdiction, 'placeHans'>): string {
  return letterKey(placeSlug(jurisdiction));
}

/** The first letter of a document title's pinyin, a to z (else "0"): it depends on the title alone, so it never moves. */
export function titleInitial(title: string): string {
  return letterKey(readablePinyin(title));
}
