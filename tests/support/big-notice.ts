import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from './seeds.ts';

/**
 * The lines of a notice of about `chars` characters (3,400,000 make 10 MB of UTF-8): seed 002's
 * header, its numbered body repeated with the item numbers running on (thousands of actions), its
 * tail. For tests of size: a large notice parses, keeps every line, and gets its insight in time.
 */
export function bigNoticeLines(chars: number): string[] {
  const seed = readFileSync(join(SEEDS_DIR, '002_0ee15503b2a16a0b.txt'), 'utf8').split('\n');
  const [head, body, tail] = [seed.slice(0, 27), seed.slice(27, 76), seed.slice(76)];
  const lines = [...head];
  let n = 0;
  let length = 0;
  while (length < chars) {
    for (const l of body) {
      const numbered = l.replace(/^(\s*)\d+\./, (_m, sp: string) => `${sp}${++n}.`);
      lines.push(numbered);
      length += numbered.length;
    }
  }
  lines.push(...tail);
  return lines;
}
