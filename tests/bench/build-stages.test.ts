import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { astroStepEnv, buildStages, stepEnv, type ShardFolders } from '../../scripts/bench/build-stages.ts';
import { ROOT } from '../support/run-ingest.ts';

const folders: ShardFolders = { notices: '/w/n', content: '/w/c', ingestCache: '/w/i', dist: '/w/d', zip: '/w/s.zip', merge: ['shards/2/', 'shards/3/'] };

test('each step of the build, pointed at a shard’s folders; the search index merges the other shards', () => {
  const build = 'npm run ingest -- --quiet && astro build && node scripts/open-data.ts && node scripts/search-index.ts && node scripts/postbuild.ts';
  expect(buildStages(build, folders)).toEqual([
    { stage: 'ingest', run: { bin: 'node', args: ['scripts/ingest.ts', '--in', '/w/n', '--out', '/w/c', '--cache', '/w/i', '--quiet'] } },
    { stage: 'astro build', run: { bin: 'astro', args: ['build'], env: { HEALTHY_SEARCH_MERGE: 'shards/2/ shards/3/' } } },
    { stage: 'open data', run: { bin: 'node', args: ['scripts/open-data.ts', '--dist', '/w/d'] } },
    { stage: 'search index', run: { bin: 'node', args: ['scripts/search-index.ts', '--dist', '/w/d', '--merge', 'shards/2/', '--merge', 'shards/3/'] } },
    { stage: 'relative + zip', run: { bin: 'node', args: ['scripts/postbuild.ts', '--dist', '/w/d', '--zip', '/w/s.zip'] } },
  ]);
});

test('the repository’s own build script is understood; the search index beside the render merges the other shards', () => {
  const build: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.build;
  const stages = buildStages(build, folders);
  expect(stages.map((s) => s.stage)).toEqual(['ingest', 'astro build', 'relative + zip']);
  expect(stages.find((s) => s.stage === 'astro build')?.run.env).toEqual({ MIMALLOC_PURGE_DELAY: '0', HEALTHY_SEARCH_MERGE: 'shards/2/ shards/3/' });
  // The bench's own astro run takes the same variables.
  expect(astroStepEnv(build)).toEqual({ MIMALLOC_PURGE_DELAY: '0' });
});

test('a step the bench cannot point elsewhere is refused', () => {
  expect(() => buildStages('npm run ingest && make site', folders)).toThrow(/make site/);
});

test.each([
  ['no variables', 'astro build', {}, 'astro build'],
  ['one, as the build script gives it', 'MIMALLOC_PURGE_DELAY=0 astro build', { MIMALLOC_PURGE_DELAY: '0' }, 'astro build'],
  ['two, and an empty value', ' A=1 B= node scripts/postbuild.ts', { A: '1', B: '' }, 'node scripts/postbuild.ts'],
  ['an argument with = is not a variable', 'node scripts/x.ts --dist=out', {}, 'node scripts/x.ts --dist=out'],
])('stepEnv: %s', (_what, step, env, command) => {
  expect(stepEnv(step)).toEqual({ env, command });
});
