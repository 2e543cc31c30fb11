import { expect, test } from 'vitest';
import { renderInFolder } from '../../src/lib/page-urls/render-scope.ts';
import { clauseUrl, dataFileUrl, planUrl, rootUrl, unitUrl, url } from '../../src/lib/urls.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

test('outside a page render, url() is root-absolute (build scripts, getStaticPaths, the dev server)', () => {
  expect(url('plans/')).toBe('/plans/');
  expect(planUrl('yinzhou-2018')).toBe('/plans/yinzhou-2018/');
});

test('while a page renders, every URL helper writes links relative to it; rootUrl stays root-absolute', () => {
  renderInFolder('plans/yinzhou-2018/', () => {
    expect(url()).toBe('../../index.html');
    expect(clauseUrl('yinzhou-2018', 'c3-1-3')).toBe('index.html#c3-1-3');
    expect(unitUrl('yinzhou-qujiaoyuju')).toBe('../../units/yinzhou-qujiaoyuju/index.html');
    expect(dataFileUrl('all', 'targets', 'csv')).toBe('../../data/all/targets.csv');
    expect(rootUrl('plans/')).toBe('/plans/');
  });
  expect(url('plans/')).toBe('/plans/');
});

test('pages rendered at once, across awaits, each keep their own folder', async () => {
  const render = (pageDir: string) =>
    renderInFolder(pageDir, async () => {
      const links: string[] = [];
      for (let i = 0; i < 3; i++) {
        await tick();
        links.push(url('units/'));
      }
      return links;
    });
  const [home, plan, action] = await Promise.all([render(''), render('plans/yinzhou-2018/'), render('plans/yinzhou-2018/actions/c1-1/')]);
  expect(home).toEqual(Array(3).fill('units/index.html'));
  expect(plan).toEqual(Array(3).fill('../../units/index.html'));
  expect(action).toEqual(Array(3).fill('../../../../units/index.html'));
});
