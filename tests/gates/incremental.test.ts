import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { changeOneNotice } from '../../scripts/bench/change-notice.ts';
import { readPageLog } from '../../scripts/bench/page-log.ts';
import { readPlanModels } from '../../scripts/emit/read-plan-models.ts';
import { ROOT } from '../support/site/build-site.ts';
import { buildInto, foldersUnder, type BuildFolders } from './support/build-into.ts';
import { compareFolders } from './support/compare-folders.ts';

/**
 * A rebuild reuses the pages whose data did not change (Astro's incremental build, keyed by
 * src/lib/page-key.ts), and must give exactly what a cold build of the same notices gives: a key that missed some data a
 * page shows would leave that page stale here. The rebuild follows an editor's correction to one
 * notice and the removal of another.
 */

const work = mkdtempSync(join(tmpdir(), 'healthy-incremental-'));
const notices = join(work, 'notices');
mkdirSync(join(work, 'warm'));
mkdirSync(join(work, 'cold'));
const warm: BuildFolders = foldersUnder(join(work, 'warm'), notices);
const cold: BuildFolders = foldersUnder(join(work, 'cold'), notices);
let rebuildLog = '';
/** Pagefind's runtime files, the same whatever the records: their inode and time after the first build. */
const PAGEFIND_RUNTIME = ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.unknown.pagefind'];
const identity = (path: string) => {
  const stat = statSync(join(warm.dist, path), { bigint: true });
  return `${stat.ino} ${stat.mtimeNs}`;
};
let runtimeBefore: string[] = [];

/** Pages Astro copied from its cache rather than rendered, and pages it rendered, in a build log. */
function astroPages(log: string): { reused: string[]; rendered: string[] } {
  const pages = readPageLog(log);
  return { reused: pages.filter((page) => page.reused).map((page) => page.path), rendered: pages.filter((page) => !page.reused).map((page) => page.path) };
}

/** The slug of the plan read from a notice file, from the warm build's content. */
async function slugOf(file: string): Promise<string> {
  const found = (await readPlanModels(warm.content)).find((plan) => plan.source.file === file);
  if (!found) throw new Error(`no plan was read from ${file}`);
  return found.slug;
}

const seedFiles = readdirSync(join(ROOT, 'seeds')).filter((file) => file.endsWith('.txt')).sort();
const [edited, removed] = seedFiles as [string, string];

beforeAll(async () => {
  cpSync(join(ROOT, 'seeds'), notices, { recursive: true });
  await buildInto(warm);
  runtimeBefore = PAGEFIND_RUNTIME.map(identity);
  writeFileSync(join(notices, edited), changeOneNotice(readFileSync(join(notices, edited), 'utf8')));
  rmSync(join(notices, removed));
  await buildInto(warm);
  rebuildLog = readFileSync(warm.log, 'utf8');
  await buildInto(cold);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a rebuild after editing one notice and removing another', () => {
  test("renders the edited plan's pages again and reuses the other plans' own pages", async () => {
    const { reused, rendered } = astroPages(rebuildLog);
    console.log(`incremental: ${rendered.length} pages rendered, ${reused.length} reused`);
    expect(rendered.length + reused.length, 'pages named in the rebuild log').toBeGreaterThan(100);
    // Reused pages stay in dist/ (scripts/astro/keep-built-pages.ts): none is copied back from the cache.
    expect(stripVTControlCharacters(rebuildLog)).not.toMatch(/\(restored\)/);
    expect(stripVTControlCharacters(rebuildLog)).toMatch(/\[healthy:keep-built-pages\] \d+ files of this build's routes; [1-9]\d* files of the last build removed/);
    const editedSlug = await slugOf(edited);
    expect(rendered).toContain(`/plans/${editedSlug}/index.html`);
    expect(reused.filter((path) => path.startsWith(`/plans/${editedSlug}/`))).toEqual([]);
    const others = await Promise.all(seedFiles.filter((file) => file !== edited && file !== removed).map(slugOf));
    expect(others.length).toBeGreaterThan(0);
    for (const slug of others) {
      for (const page of ['index.html', 'text/index.html', 'source/index.html', 'matrix/index.html', 'targets/index.html']) expect(reused).toContain(`/plans/${slug}/${page}`);
    }
  });

  test('leaves unread in the post-build pass the files unchanged since the last (so the comparison below covers that path)', () => {
    const [, files, unread] = /postbuild: (\d+) files: (\d+) unchanged since the last pass \(not read\)/.exec(rebuildLog)!.map(Number) as [number, number, number];
    console.log(`incremental: post-build pass left ${unread} of ${files} files unread`);
    expect(unread).toBeGreaterThan(files / 2);
  });

  test('compiles only the edited MDX text again; the others come from the compile cache, and the removed and old texts leave it', () => {
    const others = seedFiles.length - 2;
    expect(stripVTControlCharacters(rebuildLog)).toContain(`MDX texts: ${others} compiled as in the last build, 1 compiled; 2 old entries removed`);
  });

  test('the search index leaves the files it gives unchanged as they were: Pagefind’s runtime keeps its inode and time', () => {
    // Of four plans most index files change; Pagefind's runtime does not, and is not written again.
    expect(PAGEFIND_RUNTIME.map(identity)).toEqual(runtimeBefore);
    expect(stripVTControlCharacters(rebuildLog)).toMatch(/search-index: .*; [1-9]\d* files as the last build left them, [1-9]\d* written, [1-9]\d* removed/);
  });

  test("a cold build's pages come from Astro with relative links: the post-build pass rewrites only the 404 page, whose URLs it roots", () => {
    expect(readFileSync(cold.log, 'utf8')).toMatch(/postbuild: \d+ files: 0 unchanged since the last pass \(not read\), 1 made relative,/);
  });

  test('gives byte for byte what a cold build of the same notices gives', () => {
    expect(compareFolders(warm.dist, cold.dist)).toEqual({ onlyInFirst: [], onlyInSecond: [], differ: [] });
    expect(readFileSync(warm.zip).equals(readFileSync(cold.zip))).toBe(true);
  });
});
