import { describe, expect, test } from 'vitest';
import { sortFragments, type FragmentFile } from '../../scripts/search/reused-fragments.ts';

const plan = 'plans/qinghe-2018/index.html';
const units = 'units/index.html#青禾区';
const file = (name: string, url: string, reused: boolean): FragmentFile => ({ name: `zh-cn_${name}.pf_fragment`, url, reused });

describe('which fragments a build uses when the last build’s were put in first', () => {
  test.each([
    ['an unchanged group keeps its old file', [file('aaaaaaa', plan, true)], [plan], { [plan]: 'aaaaaaa' }, []],
    ['a changed group’s new file supersedes its old one', [file('aaaaaaa', plan, true), file('bbbbbbb', plan, false)], [plan], { [plan]: 'bbbbbbb' }, ['aaaaaaa']],
    ['a removed group’s file is stale', [file('aaaaaaa', plan, false), file('ccccccc', units, true)], [plan], { [plan]: 'aaaaaaa' }, ['ccccccc']],
    ['a cold build: every file new', [file('aaaaaaa', plan, false), file('ccccccc', units, false)], [plan, units], { [plan]: 'aaaaaaa', [units]: 'ccccccc' }, []],
  ])('%s', (_, files, keys, live, stale) => {
    const sorted = sortFragments(files, keys)!;
    expect(Object.fromEntries([...sorted.live].map(([url, name]) => [url, name.slice(6, 13)]))).toEqual(live);
    expect(sorted.stale.map((name) => name.slice(6, 13))).toEqual(stale);
  });

  test.each([
    // Pagefind lengthens a name when two contents share seven hex digits; which old file holds which content is then unknown.
    ['a name lengthened for a hash collision', [file('aaaaaaa', plan, false), file('aaaaaaa1', units, false)], [plan, units]],
    // A new group whose hash hit an old file's name: Pagefind wrote nothing for it.
    ['a group without a fragment', [file('aaaaaaa', plan, true)], [plan, units]],
    ['a group with two old fragments', [file('aaaaaaa', plan, true), file('bbbbbbb', plan, true)], [plan]],
  ])('uncertain, so written afresh: %s', (_, files, keys) => {
    expect(sortFragments(files, keys)).toBeNull();
  });
});
