import { createHash } from 'node:crypto';
import { slugify } from './slug.ts';

/**
 * The URL slug of a cited document, from its own identity only (its canonical 文号, else its
 * normalized title), never from the order documents arrive in: readable pinyin, cut to 40
 * characters, and a short hash of the whole identity so homophones (浙卫发 / 浙委发) and long
 * titles cut alike stay apart.
 * @example documentSlug('国发〔2019〕13号') // 'guofa-2019-13hao-' + six hex digits
 */
export function documentSlug(identity: string): string {
  const readable = slugify(identity).slice(0, 40).replace(/-+$/, '') || 'doc';
  return `${readable}-${createHash('sha256').update(identity).digest('hex').slice(0, 6)}`;
}
