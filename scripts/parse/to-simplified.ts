import { Converter, Locale, type DictGroup } from 'opencc-js/t2cn';

const convert = Converter({ from: 't', to: 'cn' });

/**
 * Every dictionary the converter may apply: t→cn runs OpenCC's `t2s` configuration (a
 * normalization of compatibility ideographs, then the conversion); the `to.cn` group is added
 * in case a release builds the converter from it instead.
 */
// The package's types leave out a configuration's normalizationChain.
const T2S = Locale.configs?.t2s as { normalizationChain?: readonly DictGroup[]; conversionChain: readonly DictGroup[] } | undefined;
const DICTIONARIES = [...(T2S?.normalizationChain ?? []), ...(T2S?.conversionChain ?? []), ...Locale.to.cn].flat();

/**
 * Every UTF-16 code unit that a dictionary entry can change: for each entry whose replacement
 * differs, the characters where it differs (for an astral character, its surrogates; all of the
 * entry when the lengths differ). A conversion replaces only what an entry matches, and an entry
 * that changes text holds such a character, so OpenCC returns text without any unchanged.
 */
function changeableUnits(): Uint8Array {
  const units = new Uint8Array(0x10000);
  const mark = (text: string) => {
    for (let i = 0; i < text.length; i++) units[text.charCodeAt(i)] = 1;
  };
  for (const dictionary of DICTIONARIES) {
    const entries = typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')) : dictionary;
    for (const [from = '', to = ''] of entries) {
      if (from === to) continue;
      const [printed, replaced] = [[...from], [...to]];
      if (printed.length !== replaced.length) mark(from);
      else printed.forEach((char, i) => char !== replaced[i] && mark(char));
    }
  }
  return units;
}

const CHANGEABLE = changeableUnits();

/** Whether OpenCC could change any character of the text (false: it is Simplified or script-neutral already). */
export function mayChangeScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (CHANGEABLE[text.charCodeAt(i)] === 1) return true;
  return false;
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
