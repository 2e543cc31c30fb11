import { z } from 'zod';

/** Administrative level of a place, read from its suffix (区, 县, 市, 省…). */
export const PlaceLevelSchema = z.enum(['province', 'city', 'county', 'district', 'town', 'unknown']);

/** Where a plan (and its units) belong. */
export const JurisdictionSchema = z.object({
  /** The place as printed, with its suffix: 鄞州区, 桓仁满族自治县, 麗水市. */
  place: z.string(),
  /** The same in Simplified script, used for grouping and slugs. */
  placeHans: z.string(),
  level: PlaceLevelSchema,
  /**
   * The province-level division the place lies in (浙江省, 内蒙古自治区, 北京市; a province is its
   * own), from the gazetteer and the names the notice prints; null when they cannot tell.
   */
  province: z.string().nullable(),
});

/** A responsible unit (department, office, group of units) of one jurisdiction. */
export const UnitSchema = z.object({
  /** Stable ASCII slug: place pinyin and name pinyin, e.g. "yinzhou-qujiaoyuju". */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Canonical name in Simplified script. */
  name: z.string(),
  /** Every other printed form: Traditional script, typos, abbreviations. */
  aliases: z.array(z.string()),
  jurisdiction: JurisdictionSchema,
  /** A collective such as 各乡镇人民政府 or 区爱卫会各成员单位. */
  isGroup: z.boolean(),
});

export type PlaceLevel = z.output<typeof PlaceLevelSchema>;
export type Jurisdiction = z.output<typeof JurisdictionSchema>;
export type Unit = z.output<typeof UnitSchema>;
