import { createHash } from 'node:crypto';
import type { Plan } from '../../src/model/index.ts';
import { bareName } from '../parse/bare-name.ts';
import { slugify } from '../parse/slug.ts';

/** A place's claim to the part its units' slugs start with (`gulou` of `gulou-quaiweiban`). */
export type PlaceClaim = {
  /** Which place: its province and its name (`江苏省|鼓楼区`); `?` for a province not read. */
  place: string;
  /** The slug parts it may take, most readable first. */
  candidates: string[];
};

/** How a plan's unit slugs start: the parser's place slug, and the claim of its place (null for a plan whose place was not read). */
export type UnitPlace = { prefix: string; claim: PlaceClaim | null };

/** A short, stable digest of a place, for a slug part. */
function digest(place: string): string {
  return createHash('sha256').update(place).digest('hex').slice(0, 8);
}

/**
 * The place part of a plan's unit slugs, and the place's claim to it.
 *
 * Why a claim: the parser names a unit by its place's pinyin and its own (`gulou-quaiweiban`), so
 * that a department's tasks across a place's plans meet on one page. But one pinyin may be several
 * places: 鼓楼区 of 南京 and of 福州, 朝阳区 and 朝阳市, 鄞州区 and 银州区. Their departments must not
 * share a page, and which of them keeps the plain slug must never depend on which notice came
 * first in a run: so the slug ledger gives it (assignPlaceSlugs): the plain part when one place
 * holds it, else the province first (`fujian-gulou`), else a digest of the place. A plan whose
 * place was not read has units of its own: their slugs start with the plan's slug (claim null).
 * Null when the plan names no units.
 * @example unitPlace(nanjingGulou) // { prefix: 'gulou', claim: { place: '江苏省|鼓楼区', candidates: ['gulou', 'jiangsu-gulou', 'gulou-…'] } }
 */
export function unitPlace(plan: Plan): UnitPlace | null {
  if (plan.units.length === 0) return null;
  // The parser's slug is its place slug, then the plan's year or years (planSlug).
  const prefix = plan.slug.replace(/(-\d{4}){1,2}$/, '');
  const stray = plan.units.find((unit) => !unit.slug.startsWith(`${prefix}-`));
  if (stray) throw new Error(`unit slug ${stray.slug} does not start with the plan's place slug ${prefix}`);
  const { placeHans, province } = plan.jurisdiction;
  if (prefix === 'unknown') return { prefix, claim: null };
  const place = `${province ?? '?'}|${placeHans}`;
  const provinceSlug = province ? slugify(bareName(province)) : '';
  const withProvince = provinceSlug && provinceSlug !== prefix ? [`${provinceSlug}-${prefix}`] : [];
  return { prefix, claim: { place, candidates: [prefix, ...withProvince, `${prefix}-${digest(place)}`] } };
}
