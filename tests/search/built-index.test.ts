import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { SEARCH_GENERATED } from '../../scripts/search/generated.ts';
import type { PackedShard } from '../../src/lib/search/fallback-data.ts';
import { unpackRecords } from '../../src/lib/search/pack.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { siteDist } from '../support/site/dist.ts';
import { loadPage } from '../support/site/html-pages.ts';
import { collectAnchors } from '../support/site/page-links.ts';

/** The records of the built fallback index, read by running its scripts. */
function builtRecords(dist: string): SearchRecord[] {
  const folder = join(dist, 'search', 'fallback');
  const shards = new Map<number, SearchRecord[]>();
  const registry = { records: (shard: number, data: PackedShard) => shards.set(shard, unpackRecords(data)) };
  for (const file of readdirSync(folder).filter((name) => name.startsWith('r-'))) {
    runInNewContext(readFileSync(join(folder, file), 'utf8'), { __hpSearch: registry });
  }
  return [...shards].sort(([a], [b]) => a - b).flatMap(([, records]) => records);
}

describe('the built search', () => {
  const dist = siteDist();

  test('one Pagefind index, in one language, without Pagefind’s own UI', () => {
    const files = readdirSync(join(dist, 'pagefind'));
    expect(files.filter((name) => name.endsWith('.pf_meta'))).toEqual([expect.stringMatching(/^pagefind\.zh-cn_/)]);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
    expect(files.filter((name) => /ui|highlight/.test(name))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages).toHaveProperty('zh-cn');
  });

  test('the client, the converter and the facets are plain scripts in search/', () => {
    expect(readFileSync(join(dist, 'search', 'search.js'), 'utf8').startsWith(`/* ${SEARCH_GENERATED} */`)).toBe(true);
    expect(readFileSync(join(dist, 'search', 't2cn.js'), 'utf8')).toContain('OpenCC');
    expect(readFileSync(join(dist, 'search', 'facets.js'), 'utf8')).toContain('__hpSearch.facets(');
    expect(readFileSync(join(dist, 'search', 'index.html'), 'utf8')).toMatch(/<script src="search\.js" defer>/);
  });

  test('every Pagefind result names its record group', () => {
    const fragments = readdirSync(join(dist, 'pagefind', 'fragment')).map((name) => name.replace(/\.pf_fragment$/, ''));
    let groups: Record<string, number> = {};
    runInNewContext(readFileSync(join(dist, 'search', 'pagefind-groups.js'), 'utf8'), { __hpSearch: { pagefindGroups: (map: Record<string, number>) => (groups = map) } });
    expect(Object.keys(groups).sort()).toEqual(fragments.sort());
    const shards = readdirSync(join(dist, 'search', 'fallback')).filter((name) => name.startsWith('r-'));
    expect(new Set(Object.values(groups)).size).toBe(shards.length);
  });

  test('first-search.json names files that exist', () => {
    const { files } = JSON.parse(readFileSync(join(dist, 'search', 'first-search.json'), 'utf8')) as { files: string[] };
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(existsSync(join(dist, file)), file).toBe(true);
  });

  test('every result lands on a page of the site and an anchor in it', () => {
    const records = builtRecords(dist);
    expect(records.length).toBeGreaterThan(400);
    const anchors = new Map<string, Set<string>>();
    for (const record of records) {
      expect(record.url, 'site-relative, no leading slash').toMatch(/^(plans|units)\/[^#]+\/index\.html(#[a-z0-9-]+)?$/);
      const [file, anchor] = record.url.split('#') as [string, string | undefined];
      expect(existsSync(join(dist, file)), file).toBe(true);
      if (!anchor) continue;
      if (!anchors.has(file)) anchors.set(file, collectAnchors(loadPage(dist, file).tree));
      expect(anchors.get(file)!.has(anchor), record.url).toBe(true);
    }
  });
});
