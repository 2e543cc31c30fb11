import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildInto, foldersUnder, type BuildFolders } from './gates/support/build-into.ts';
import { listFiles, loadPage } from './support/site/html-pages.ts';
import { siteDist } from './support/site/dist.ts';
import { SEEDS_DIR } from './support/seeds.ts';

/**
 * The site as cited: every plan, action and unit page of the seeds' build, and every anchor on
 * them, is still there with the same text after notices that collide with three seeds, under
 * names that sort before them, are built into the same collection (tests/permalinks.test.ts
 * checks the models through adds and removals; this checks the pages a citation opens).
 */

const work = mkdtempSync(join(tmpdir(), 'healthy-permalinks-site-'));
const notices = join(work, 'notices');
const grown: BuildFolders = foldersUnder(join(work, 'grown'), notices);

beforeAll(async () => {
  cpSync(SEEDS_DIR, notices, { recursive: true });
  const seed = (prefix: string) => readFileSync(join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix))!), 'utf8');
  writeFileSync(join(notices, '000_0a.txt'), seed('000_').replaceAll('工作要点', '实施方案'));
  writeFileSync(join(notices, '000_0b.txt'), seed('001_').replace('34号', '35号'));
  writeFileSync(join(notices, '000_0c.txt'), seed('004_'));
  // The collection grows from the seeds' published state: their slug ledger, as committed.
  mkdirSync(grown.content, { recursive: true });
  cpSync(join(SEEDS_DIR, '..', 'content', 'slugs.json'), join(grown.content, 'slugs.json'));
  await buildInto(grown);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each element with an id on a page, with its text. */
function anchors(dist: string, file: string): Map<string, string> {
  const found = new Map<string, string>();
  visit(loadPage(dist, file).tree, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id === 'string') found.set(id, toString(node));
  });
  return found;
}

test('every plan, action and unit page of the seeds, and every anchor on the plan and action pages, reaches the same text', () => {
  const before = siteDist();
  const cited = listFiles(before).filter((file) => /^(plans\/[^/]+\/(text\/|actions\/[^/]+\/)?|units\/[^/]+\/)index\.html$/.test(file));
  expect(cited.length).toBeGreaterThan(100);
  const after = new Set(listFiles(grown.dist));
  expect(cited.filter((file) => !after.has(file))).toEqual([]);
  const changed: string[] = [];
  for (const file of cited.filter((file) => file.startsWith('plans/'))) {
    const now = anchors(grown.dist, file);
    for (const [id, text] of anchors(before, file)) {
      // Clause anchors (c1-2, c3-3-p2) and the plan's own sections; lists of other plans may grow.
      if (/^(c\d|p\d)/.test(id) && now.get(id) !== text) changed.push(`${file}#${id}`);
    }
  }
  expect(changed).toEqual([]);
  // The colliding notices were built too, each under a slug of its own.
  expect([...after].filter((file) => /^plans\/[^/]+\/index\.html$/.test(file))).toHaveLength(8);
});
