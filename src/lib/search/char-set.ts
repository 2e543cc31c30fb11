/**
 * A set of characters written compactly into the search client: the gaps between their code
 * points in ascending order, base 36, comma-separated. The Traditional characters (about 3,700)
 * take 2 KB gzipped this way, against 9 KB as the string esbuild writes (\u escapes). Pure.
 */

/**
 * The packed form of a set of characters.
 * @example packChars('丁丂丄') // 'fep,1,2'
 */
export function packChars(chars: Iterable<string>): string {
  const codes = [...new Set([...chars].map((char) => char.codePointAt(0)!))].sort((a, b) => a - b);
  return codes.map((code, i) => (code - (i === 0 ? 0 : codes[i - 1]!)).toString(36)).join(',');
}

/**
 * The characters back from their packed form.
 * @example unpackChars('fep,1,2') // Set { '丁', '丂', '丄' }
 */
export function unpackChars(packed: string): Set<string> {
  const chars = new Set<string>();
  let code = 0;
  for (const gap of packed ? packed.split(',') : []) chars.add(String.fromCodePoint((code += parseInt(gap, 36))));
  return chars;
}
