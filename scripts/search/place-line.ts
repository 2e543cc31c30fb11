/**
 * The line under a search result's title says where the result is from, so two plans of one title
 * (2021年健康朝阳建设工作要点 of 北京市朝阳区 and of 辽宁省朝阳市) read apart in the list: the
 * province, the place, then what the result belongs to. It is searched like the rest of the
 * record (北京 控烟 finds 北京's clauses), and is the same for every record of a plan, so a record
 * shard stores it once a plan (pack.ts keeps only what changes). Pure.
 */
import type { Jurisdiction } from '../../src/model/index.ts';

/** Between the parts of the line: 北京市 · 朝阳区 · 2021年 · 工作要点. */
export const LINE_SEPARATOR = ' · ';

/**
 * Where a jurisdiction lies, widest first: its province, then the place; the province alone when
 * it is the place (a province's or a municipality's own plan), the place alone when the province
 * is not known.
 * @example placeParts({ placeHans: '朝阳区', province: '北京市' }) // ['北京市', '朝阳区']
 * @example placeParts({ placeHans: '北京市', province: '北京市' }) // ['北京市']
 */
export function placeParts(jurisdiction: Pick<Jurisdiction, 'placeHans' | 'province'>): string[] {
  const { placeHans, province } = jurisdiction;
  return province === null || province === placeHans ? [placeHans] : [province, placeHans];
}

/**
 * The line of a result: where it lies, then what follows (period and type, or the plan's title).
 * @example placeLine({ placeHans: '朝阳区', province: '北京市' }, '2021年', '工作要点') // '北京市 · 朝阳区 · 2021年 · 工作要点'
 */
export function placeLine(jurisdiction: Pick<Jurisdiction, 'placeHans' | 'province'>, ...rest: string[]): string {
  return [...placeParts(jurisdiction), ...rest].join(LINE_SEPARATOR);
}
