import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { matchesAll } from '../../src/lib/search/record.ts';
import { siteDist } from '../support/site/dist.ts';
import { describeInChromium, openTab, serveInChromium } from '../support/site/site-in-chromium.ts';
import { showSearch, siteRelative } from './browser-search.ts';
import { RECALL_PAIRS } from './recall-pairs.ts';
import { queryTerms, seedRecords } from './seed-records.ts';

const RECALL_FLOOR = 95;

/** Queries where one word is absent, or the words never meet in one record: nothing shown may lack one. */
const PARTLY_ABSENT = ['心理 輔導', '心理 xyz', '控烟 糖尿病', '卫生 火星', '家庭医生 丽水', '市衛生健康委 心理', '艾滋病 鄞州 衛生'];

describeInChromium('search recall in chromium', () => {
  const site = serveInChromium(siteDist, '/healthy/');
  const tab = openTab(() => site.browser);
  // The pair index (engine "fallback") answers in both places; Pagefind only where shards are merged (shards.test.ts).
  const paths = () => ({
    // Over http(s), under a sub-path.
    http: { root: site.server.url, url: (q: string) => `${site.server.url}search/?q=${encodeURIComponent(q)}` },
    // From disk.
    disk: { root: pathToFileURL(siteDist()).href + '/', url: (q: string) => `${pathToFileURL(siteDist()).href}/search/index.html?q=${encodeURIComponent(q)}` },
  });
  const ENGINE = 'fallback';

  test(`recall@10 is at least ${RECALL_FLOOR}% over ${RECALL_PAIRS.length} pairs, over http(s) and from disk`, async () => {
    const recall: Record<string, number> = {};
    const misses: string[] = [];
    for (const [where, { root, url }] of Object.entries(paths())) {
      let hits = 0;
      for (const pair of RECALL_PAIRS) {
        const shown = await showSearch(tab.page, url(pair.query));
        expect(shown.engine, pair.query).toBe(ENGINE);
        const top = shown.hrefs.slice(0, 10).map((href) => siteRelative(href, root));
        if (top.includes(pair.expect)) hits++;
        else misses.push(`${where}: ${pair.query} → ${pair.expect} not in [${top.join(' ')}]`);
      }
      recall[where] = (100 * hits) / RECALL_PAIRS.length;
    }
    console.log(`recall@10 http=${recall['http']!.toFixed(1)}% disk=${recall['disk']!.toFixed(1)}% (${RECALL_PAIRS.length} pairs)`);
    if (misses.length > 0) console.log(`misses:\n${misses.join('\n')}`);
    expect(recall['http']).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(recall['disk']).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(tab.errors).toEqual([]);
  }, 240_000);

  test('no result lacks a word of the query, and a word found nowhere finds nothing', async () => {
    const records = new Map(seedRecords().map((record) => [record.url, record]));
    for (const [where, { root, url }] of Object.entries(paths())) {
      for (const query of PARTLY_ABSENT) {
        const shown = await showSearch(tab.page, url(query));
        expect(shown.engine).toBe(ENGINE);
        for (const href of shown.hrefs) {
          const record = records.get(siteRelative(href, root));
          expect(record && matchesAll(record, queryTerms(query)), `${where}: ${query} → ${href}`).toBe(true);
        }
        if (query === '心理 xyz') expect(shown.hrefs, `${where}: ${query}`).toEqual([]);
        if (query === '心理 輔導') expect(shown.hrefs.map((href) => siteRelative(href, root)), where).toEqual(['plans/yinzhou-2018/index.html#c1-1-3']);
      }
    }
    expect(tab.errors).toEqual([]);
  }, 120_000);
});
