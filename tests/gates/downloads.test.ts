import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../support/site/build-site.ts';
import { linkedFiles } from '../support/site/check-links.ts';
import { siteDist } from '../support/site/dist.ts';
import { listFiles, loadPage } from '../support/site/html-pages.ts';
import { loadPlans } from '../support/site/plan-data.ts';

/**
 * Downloads are files of the site, so they are in the zip and work in every place (the zip's
 * contents and every link are checked in three-places.test.ts): each plan's notice as scraped,
 * sources/<slug>.txt, linked from the plan page and from its source view.
 */

const dist = siteDist();
const files = new Set(listFiles(dist));

describe.each(loadPlans().map((plan) => [plan.slug, plan] as const))('plan %s', (slug, plan) => {
  test(`sources/${slug}.txt is the notice ${plan.source.file}, byte for byte`, () => {
    expect(readFileSync(join(dist, 'sources', `${slug}.txt`)).equals(readFileSync(join(ROOT, 'seeds', plan.source.file)))).toBe(true);
  });

  test('the plan page and the source view link it', () => {
    const fromPlan = linkedFiles(loadPage(dist, `plans/${slug}/index.html`), files);
    const fromSource = linkedFiles(loadPage(dist, `plans/${slug}/source/index.html`), files);
    expect(fromPlan.has(`sources/${slug}.txt`)).toBe(true);
    expect(fromSource.has(`sources/${slug}.txt`)).toBe(true);
  });
});
