import { describe, expect, test } from 'vitest';
import { resolveLink } from '../support/site/resolve-link.ts';

const files = new Set(['index.html', '404.html', 'plans/index.html', 'plans/a/index.html', 'plans/a/actions/c1/index.html', 'units/区/index.html', 'app.css']);

describe('resolveLink from /plans/a/', () => {
  test.each([
    ['/plans/', 'plans/index.html', null, null],
    ['/', 'index.html', null, null],
    ['', 'plans/a/index.html', null, null],
    ['#c1-2', 'plans/a/index.html', 'c1-2', null],
    ['actions/c1/', 'plans/a/actions/c1/index.html', null, null],
    ['actions/c1/#c1', 'plans/a/actions/c1/index.html', 'c1', null],
    ['../', 'plans/index.html', null, null],
    ['/plans/a/?q=1#c2', 'plans/a/index.html', 'c2', null],
    ['/units/%E5%8C%BA/', 'units/区/index.html', null, null],
    ['#%E4%B8%80', 'plans/a/index.html', '一', null],
    ['/app.css', 'app.css', null, null],
    ['/plans/a', 'plans/a/index.html', null, 'missing trailing slash'],
    ['/plans/b/', null, null, null],
    ['actions/c9/#c9', null, 'c9', null],
  ])('%s → %s #%s', (href, file, fragment, problem) => {
    expect(resolveLink(files, '/plans/a/', href)).toEqual({ kind: 'internal', file, fragment, problem });
  });

  test.each(['https://www.gov.cn/', '//cdn.example/x.js', 'mailto:a@b.cn', 'data:image/png;base64,AA', 'javascript:void(0)'])(
    '%s is external',
    (href) => {
      expect(resolveLink(files, '/plans/a/', href)).toEqual({ kind: 'external' });
    },
  );
});

describe('resolveLink from /plans/a/ of a site deployed under /docs/health/', () => {
  test.each([
    ['/docs/health/plans/', 'plans/index.html', null],
    ['../', 'plans/index.html', null],
    ['/docs/health/', 'index.html', null],
    ['/plans/', null, "outside the site's path /docs/health/"],
  ])('%s → %s (%s)', (href, file, problem) => {
    const target = resolveLink(files, '/plans/a/', href, '/docs/health/');
    expect(target).toMatchObject({ kind: 'internal', file, problem });
  });
});
