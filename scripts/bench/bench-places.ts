import { bareName } from '../parse/bare-name.ts';
import { gazetteer } from '../parse/gazetteer.ts';
import { Random } from './random.ts';

/** A place of the synthetic corpus: its bare name, its suffix (the unit prefix), its parents. */
export interface BenchPlace {
  /** 鄞州 */
  name: string;
  suffix: '区' | '县' | '市';
  /** The prefecture printed before it (宁波市), or the province for a municipality's district. */
  parent: string;
  /** 浙江省 */
  province: string;
}

/** How many places the synthetic corpus draws: a national collection's spread, a few hundred. */
export const BENCH_PLACE_COUNT = 600;

/** A name the notices can print bare and suffixed: two to four characters, then 区, 县 or 市. */
const PLAIN = /^([\u4e00-\u9fff]{2,4})(区|县|市)$/;
/** Bare names that read as words of the genre, not a place (城区, 新区, 矿区, 高新区…). */
const NOT_BARE = /(城|新|矿|林|郊|特|开发|高新|经济|中心|市)$/;

let drawn: BenchPlace[] | undefined;

/**
 * BENCH_PLACE_COUNT county-level places from the gazetteer, drawn with a fixed seed so every run
 * generates the same corpus: places of every province, so the lists split by province are
 * exercised as a national collection would.
 */
export function benchPlaces(): BenchPlace[] {
  if (drawn) return drawn;
  const pool = [...gazetteer().byName.values()]
    .flat()
    .filter((d) => !d.town && d.name !== d.province && d.name !== d.city && PLAIN.test(d.name) && !NOT_BARE.test(bareName(d.name)))
    .map((d): BenchPlace => {
      const [, name, suffix] = PLAIN.exec(d.name)! as unknown as [string, string, BenchPlace['suffix']];
      return { name, suffix, parent: d.city ?? d.province, province: d.province };
    });
  const rng = new Random(2260);
  // A partial Fisher–Yates shuffle: the first BENCH_PLACE_COUNT of a seeded permutation.
  for (let i = 0; i < BENCH_PLACE_COUNT; i++) {
    const j = rng.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return (drawn = pool.slice(0, BENCH_PLACE_COUNT));
}
