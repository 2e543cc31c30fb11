import { expect, test } from 'vitest';
import { clausePath, documentPath, planPath, unitPath } from '../../src/lib/search/paths.ts';
import { renderInFolder } from '../../src/lib/page-urls/render-scope.ts';
import { clauseUrl, documentUrl, paths, planUrl, unitUrl, url } from '../../src/lib/urls.ts';

// Search records name pages as the pages write every link: relative (here to the root), with index.html.
test('search paths are the site’s own paths', () => {
  expect(planPath('yinzhou-2018')).toBe(`${paths.plan('yinzhou-2018')}index.html`);
  expect(`/${clausePath('yinzhou-2018', 'c3-1-3')}`).toBe(clauseUrl('yinzhou-2018', 'c3-1-3').replace('/#', '/index.html#'));
  expect(`/${unitPath('yinzhou-quweishengjishengju')}`).toBe(`${unitUrl('yinzhou-quweishengjishengju')}index.html`);
  expect(url()).toBe('/');
});

// The home page's links are the search paths exactly: both are relative to the site root.
test('search paths are the links the home page writes', () => {
  renderInFolder('', () => {
    expect(planPath('yinzhou-2018')).toBe(planUrl('yinzhou-2018'));
    expect(clausePath('yinzhou-2018', 'c3-1-3')).toBe(clauseUrl('yinzhou-2018', 'c3-1-3'));
    expect(unitPath('yinzhou-quweishengjishengju')).toBe(unitUrl('yinzhou-quweishengjishengju'));
    expect(documentPath('aiguoweishengtiaoli-5d0583')).toBe(documentUrl('aiguoweishengtiaoli-5d0583'));
  });
});
