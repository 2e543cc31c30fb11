import { Converter, Locale, type DictGroup, type DictLike } from 'opencc-js/t2cn';

const convert = Converter({ from: 't', to: 'cn' });

// The package's types leave out a configuration's normalizationChain.
const T2S = Locale.configs?.t2s as { normalizationChain?: readonly DictGroup[]; conversionChain: readonly DictGroup[] } | undefined;

/**
 * What the converter can do to a code unit: nothing; change it in place where an entry says so;
 * change it in place wherever it stands; or change text around it to another length.
 */
const [KEPT, CHANGED, ALWAYS, SHIFTED] = [0, 1, 2, 3];

/** The [from, to] entries of dictionaries. */
function entriesOf(dictionaries: readonly DictLike[]): (readonly [string, string])[] {
  return dictionaries.flatMap((dictionary) => (typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ') as [string, string]) : dictionary));
}

/**
 * What the converter can do to each UTF-16 code unit. t→cn runs OpenCC's `t2s` configuration: a
 * normalization of compatibility ideographs, then the conversion (the `to.cn` group is added in
 * case a release builds the converter from it instead). For a conversion entry whose replacement
 * has the same length, the units where the two differ are CHANGED; every unit of a longer or
 * shorter one is SHIFTED, and so is every unit a normalization changes, since the conversion
 * then reads its output. A conversion replaces only what an entry matches, and an entry that
 * changes text holds such a unit, so OpenCC returns text without any unchanged; text without
 * SHIFTED units keeps its length and changes only at CHANGED units.
 * A unit is ALWAYS changed when an entry of its own replaces it and every entry that holds it
 * replaces it too: wherever it stands, either a longer entry covers it or its own does.
 */
function unitChanges(): Uint8Array {
  const units = new Uint8Array(0x10000);
  const kept = new Uint8Array(0x10000);
  const alone = new Uint8Array(0x10000);
  for (const [from, to] of entriesOf((T2S?.normalizationChain ?? []).flat())) {
    if (from !== to) for (let i = 0; i < from.length; i++) units[from.charCodeAt(i)] = SHIFTED;
  }
  for (const [from, to] of entriesOf([...(T2S?.conversionChain ?? []), ...Locale.to.cn].flat())) {
    for (let i = 0; i < from.length; i++) {
      const unit = from.charCodeAt(i);
      if (from.length !== to.length) units[unit] = SHIFTED;
      else if (unit === to.charCodeAt(i)) kept[unit] = 1;
      else if (units[unit] === KEPT) units[unit] = CHANGED;
    }
    if (from.length === 1 && to.length === 1 && from !== to) alone[from.charCodeAt(0)] = 1;
  }
  for (let unit = 0; unit < units.length; unit++) if (units[unit] === CHANGED && alone[unit] && !kept[unit]) units[unit] = ALWAYS;
  return units;
}

const UNIT_CHANGES = unitChanges();

/** Whether OpenCC could change any character of the text (false: it is Simplified or script-neutral already). */
export function mayChangeScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (UNIT_CHANGES[text.charCodeAt(i)] !== KEPT) return true;
  return false;
}

/**
 * How many UTF-16 units of the text OpenCC changes in place, at least and at most, without
 * converting it: at most the units an entry can change, at least those changed wherever they
 * stand; no bound (0 to Infinity) when an entry may change the text's length, as every later
 * offset would then differ.
 * @example changedUnitBounds('區衛生局') // { least: 2, most: 2 } (生 and 局 are the same in both scripts)
 */
export function changedUnitBounds(text: string): { least: number; most: number } {
  let least = 0;
  let most = 0;
  for (let i = 0; i < text.length; i++) {
    const change = UNIT_CHANGES[text.charCodeAt(i)]!;
    if (change === SHIFTED) return { least: 0, most: Infinity };
    if (change !== KEPT) most++;
    if (change === ALWAYS) least++;
  }
  return { least, most };
}

/**
 * Text in Simplified script, by OpenCC (t→cn); text it could not change is returned as is
 * without walking OpenCC's phrase dictionary, which most lines of a Simplified notice (and all
 * ASCII) never need (issue 12: the conversion was a tenth of the ingest).
 * @example toSimplified('市衛生健康委牽頭') // '市卫生健康委牵头'
 */
export function toSimplified(text: string): string {
  return mayChangeScript(text) ? convert(text) : text;
}
