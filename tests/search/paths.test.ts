import { expect, test } from 'vitest';
import { clausePath, planPath, unitPath } from '../../src/lib/search/paths.ts';
import { clauseUrl, paths, unitUrl, url } from '../../src/lib/urls.ts';

// Search records name pages as the post-build pass writes every link: relative to the root, with index.html.
test('search paths are the site’s own paths', () => {
  expect(planPath('yinzhou-2018')).toBe(`${paths.plan('yinzhou-2018')}index.html`);
  expect(`/${clausePath('yinzhou-2018', 'c3-1-3')}`).toBe(clauseUrl('yinzhou-2018', 'c3-1-3').replace('/#', '/index.html#'));
  expect(`/${unitPath('yinzhou-quweishengjishengju')}`).toBe(`${unitUrl('yinzhou-quweishengjishengju')}index.html`);
  expect(url()).toBe('/');
});
