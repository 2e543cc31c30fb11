import { describe, expect, test } from 'vitest';
import { goldenView } from './support/golden-view.ts';
import { seedFiles, seedPlan } from './support/seeds.ts';

// The golden digests pin every clause id, action, unit and diagnostic of each seed.
// `npx vitest run tests/golden.test.ts -u` rewrites them; review the diff like code.
describe('golden digests of the seeds', () => {
  test.each(seedFiles)('%s', async (file) => {
    await expect(goldenView(seedPlan(file.slice(0, 3)))).toMatchFileSnapshot(`golden/${file.replace(/\.txt$/, '.golden.txt')}`);
  });
});
