import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { seedFiles, seedPlan } from './support/seeds.ts';

// A golden file is checked only by the test of its seed: when the seed is gone, nothing reads the
// file and it would pin nothing while seeming to. Each golden folder holds exactly the files of
// today's seeds (tests/site/golden/clause-ids.json holds every seed in one file, so a seed gone
// changes it and its own test fails).
const slugs = seedFiles.map((file) => seedPlan(file.slice(0, 3)).slug);
const list = (folder: string) => readdirSync(join(import.meta.dirname, folder)).sort();

test('tests/golden/ holds one digest per seed, and nothing else', () => {
  expect(list('golden')).toEqual(seedFiles.map((file) => file.replace(/\.txt$/, '.golden.txt')).sort());
});

test('tests/insight/golden/ holds the targets and themes of each seed, theme counts and unit functions', () => {
  const perSeed = slugs.flatMap((slug) => [`${slug}.targets.txt`, `${slug}.themes.txt`]);
  expect(list('insight/golden')).toEqual([...perSeed, 'theme-counts.txt', 'unit-functions.txt'].sort());
});

test('tests/site/golden/ holds the clause ids file only', () => {
  expect(list('site/golden')).toEqual(['clause-ids.json']);
});
