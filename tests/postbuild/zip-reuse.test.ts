import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { PreviousZip } from '../../scripts/postbuild/previous-zip.ts';
import { keptZipName } from '../../scripts/postbuild/zip-cache.ts';
import { compressEntry, deflateEntry, zipToFile } from '../../scripts/postbuild/zip-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'zip-reuse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A built site in small: pages whose head the pass rewrites, a stylesheet, a data file.
const SITE: Record<string, string> = {
  'index.html': '<!doctype html><html lang="zh-CN"><head><link rel="stylesheet" href="/_astro/a.css"></head><body><h1>健康青禾</h1></body></html>',
  'plans/qinghe-2021/index.html': `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>${'<p>(一)开展爱国卫生运动。牵头单位:青禾区卫生健康局</p>'.repeat(200)}</body></html>`,
  'plans/bailing-2020/index.html': `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>${'<p>1.推进控烟。责任单位:白岭县教育局</p>'.repeat(150)}</body></html>`,
  '_astro/a.css': 'body{background:url(/favicon.svg)}',
  'data/plans.csv': 'slug,title\nqinghe-2021,2021年健康青禾建设工作要点\n'.repeat(50),
};

/** A fresh dist/ of SITE, with `changes` over it, under `name`. */
function site(name: string, changes: Record<string, string> = {}): string {
  const dist = join(work, name, 'dist');
  for (const [path, text] of Object.entries({ ...SITE, ...changes })) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

/** Run the post-build pass as the build does; its summary line. */
function postbuild(dist: string, zip: string, cache: string, threads: number): string {
  const run = spawnSync(process.execPath, ['scripts/postbuild.ts', '--dist', dist, '--zip', zip, '--cache', cache, '--threads', String(threads), '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr;
}

const reusedIn = (summary: string): number => Number(/(\d+) entries as compressed in the last build's zip/.exec(summary)![1]);
const unreadIn = (summary: string): number => Number(/(\d+) unchanged since the last pass \(not read\)/.exec(summary)![1]);
const rewrittenIn = (summary: string): number => Number(/(\d+) made relative/.exec(summary)![1]);
const FILES = Object.keys(SITE).length;

/** A dist/ of SITE whose files are past the file system's clock tick they were written in. */
function settledSite(name: string): string {
  const dist = site(name);
  // The kernel stamps files with a clock of a few ms; 50 ms is past any tick these files share.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  return dist;
}

/** The zip a cold build (no kept zip) of SITE with `changes` writes. */
function coldZip(name: string, changes: Record<string, string>): Buffer {
  const zip = join(work, `${name}.zip`);
  postbuild(site(name, changes), zip, join(work, `${name}-cache`), 2);
  return readFileSync(zip);
}

describe('the post-build pass reuses the last zip', () => {
  const edit = { 'plans/bailing-2020/index.html': SITE['plans/bailing-2020/index.html']!.replace('推进控烟', '推进控烟(修订)') };

  test('for every unchanged file, and writes the bytes a cold build writes (on worker threads and on one)', () => {
    for (const threads of [1, 2]) {
      const cache = join(work, `cache-${threads}`);
      const warmZip = join(work, `warm-${threads}.zip`);
      expect(reusedIn(postbuild(site(`first-${threads}`), warmZip, cache, threads))).toBe(0);
      // The rebuild: one page changed.
      expect(reusedIn(postbuild(site(`again-${threads}`, edit), warmZip, cache, threads))).toBe(Object.keys(SITE).length - 1);
      const coldZip = join(work, `cold-${threads}.zip`);
      expect(reusedIn(postbuild(site(`cold-${threads}`, edit), coldZip, join(work, `cold-cache-${threads}`), threads))).toBe(0);
      expect(readFileSync(warmZip).equals(readFileSync(coldZip)), 'the rebuild zip equals the cold one').toBe(true);
    }
  });

  test('never from a zip kept under another deflate recipe (other zip code or zlib), which it drops', () => {
    const cache = join(work, 'stale-cache');
    postbuild(site('stale-first'), join(work, 'stale.zip'), cache, 2);
    const [kept] = readdirSync(cache).filter((name) => name.endsWith('.zip'));
    const stale = join(cache, keptZipName('code before an edit to zip-files.ts', process.versions.zlib));
    cpSync(join(cache, kept!), stale);
    cpSync(join(cache, `${kept!}.files`), `${stale}.files`);
    rmSync(join(cache, kept!));
    rmSync(join(cache, `${kept!}.files`));
    expect(reusedIn(postbuild(site('stale-again'), join(work, 'stale.zip'), cache, 2))).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(cache).sort()).toEqual([kept, `${kept!}.files`]);
  });

  test('not from a kept zip that cannot be read: every file is compressed again, the zip as a cold one', () => {
    const cache = join(work, 'broken-cache');
    const zip = join(work, 'broken.zip');
    postbuild(site('broken-first'), zip, cache, 2);
    const [kept] = readdirSync(cache).filter((name) => name.endsWith('.zip'));
    const whole = readFileSync(join(cache, kept!));
    rmSync(join(cache, kept!));
    writeFileSync(join(cache, kept!), whole.subarray(0, whole.length - 40));
    expect(reusedIn(postbuild(site('broken-again'), zip, cache, 2))).toBe(0);
    postbuild(site('broken-cold'), join(work, 'broken-cold.zip'), join(work, 'broken-cold-cache'), 2);
    expect(readFileSync(zip).equals(readFileSync(join(work, 'broken-cold.zip')))).toBe(true);
  });
});

describe('a pass over the dist/ the last pass left (its manifest of what it saw)', () => {
  const csv = SITE['data/plans.csv']!;
  // The same size, other bytes: only the content (and so the file's times) tells it apart.
  const sameSize = csv.replace('qinghe-2021', 'qinghe-2022');

  test('reads no file unchanged since, and the zip stays what a cold build writes', () => {
    const dist = settledSite('manifest');
    const [zip, cache] = [join(work, 'manifest.zip'), join(work, 'manifest-cache')];
    const first = postbuild(dist, zip, cache, 2);
    expect(unreadIn(first)).toBe(0);
    // The three pages and the stylesheet, each replaced by a file with the built file's time.
    expect(rewrittenIn(first)).toBe(4);
    expect(unreadIn(postbuild(dist, zip, cache, 2))).toBe(FILES);
    expect(unreadIn(postbuild(dist, zip, cache, 1)), 'on one thread too').toBe(FILES);
    expect(readFileSync(zip).equals(coldZip('manifest-cold', {}))).toBe(true);
    writeFileSync(join(dist, 'data/plans.csv'), sameSize);
    expect(unreadIn(postbuild(dist, zip, cache, 2)), 'a file edited in place, same size').toBe(FILES - 1);
    expect(readFileSync(zip).equals(coldZip('manifest-cold-edit', { 'data/plans.csv': sameSize }))).toBe(true);
    // A page the first pass rewrote (and gave its built time back), edited in place, same size.
    const page = join(dist, 'plans/bailing-2020/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('推进控烟', '推进禁烟'));
    expect(unreadIn(postbuild(dist, zip, cache, 2)), 'a rewritten page edited in place, same size').toBe(FILES - 1);
    const editedPage = SITE['plans/bailing-2020/index.html']!.replace('推进控烟', '推进禁烟');
    expect(readFileSync(zip).equals(coldZip('manifest-cold-page', { 'data/plans.csv': sameSize, 'plans/bailing-2020/index.html': editedPage }))).toBe(true);
  });

  test('reads a file stamped at or after the last pass started, its stat unchanged since (it could have changed unseen)', () => {
    const dist = settledSite('racy');
    const [zip, cache] = [join(work, 'racy.zip'), join(work, 'racy-cache')];
    postbuild(dist, zip, cache, 2);
    postbuild(dist, zip, cache, 2);
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(join(dist, 'data/plans.csv'), future, future);
    expect(unreadIn(postbuild(dist, zip, cache, 2))).toBe(FILES - 1);
    // Nothing touched it since that pass, yet its time is not older than that pass's start.
    expect(unreadIn(postbuild(dist, zip, cache, 2))).toBe(FILES - 1);
  });

  test.each([
    ['missing', (manifest: string) => rmSync(manifest)],
    ['cut short', (manifest: string) => writeFileSync(manifest, readFileSync(manifest).subarray(0, -10))],
    ['with a changed byte', (manifest: string) => writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/\t\d+\t(\d+)\n/, (line) => line.replace(/\d\n$/, (d) => `${(Number(d[0]) + 1) % 10}\n`)))],
  ])('reads every file when the manifest is %s, and reuses by CRC', (name, spoil) => {
    const dist = settledSite(`spoilt-${name}`);
    const [zip, cache] = [join(work, `spoilt-${name}.zip`), join(work, `spoilt-${name}-cache`)];
    postbuild(dist, zip, cache, 2);
    postbuild(dist, zip, cache, 2);
    const manifest = join(cache, readdirSync(cache).find((file) => file.endsWith('.files'))!);
    spoil(manifest);
    const summary = postbuild(dist, zip, cache, 2);
    expect(unreadIn(summary)).toBe(0);
    expect(reusedIn(summary)).toBe(FILES);
    expect(readFileSync(zip).equals(coldZip(`spoilt-${name}-cold`, {}))).toBe(true);
  });

  test('vouches for nothing in another dist/', () => {
    const cache = join(work, 'moved-cache');
    postbuild(settledSite('moved-a'), join(work, 'moved.zip'), cache, 2);
    expect(unreadIn(postbuild(settledSite('moved-b'), join(work, 'moved.zip'), cache, 2))).toBe(0);
  });
});

describe('compressEntry', () => {
  const page = new TextEncoder().encode('<p>(二)加强心理健康服务。牵头单位:青禾区卫生健康局</p>'.repeat(40));

  test('takes the entry as stored when path, CRC-32 and size match, and compresses on any difference', async () => {
    const zip = join(work, 'entries.zip');
    await zipToFile([deflateEntry('plans/qinghe-2021/index.html', page)], 'healthy-plans-site', zip);
    const previous = (await PreviousZip.open(zip, 'healthy-plans-site'))!;
    expect(previous.size).toBe(1);
    const hit = await compressEntry('plans/qinghe-2021/index.html', page, previous);
    expect(hit.reused).toBe(true);
    expect(Buffer.from(hit.entry.deflated).equals(deflateRawSync(page, { level: 6 }))).toBe(true);
    const changed = page.slice();
    changed[3] = 0x31;
    expect((await compressEntry('plans/qinghe-2021/index.html', changed, previous)).reused, 'other bytes').toBe(false);
    expect((await compressEntry('plans/bailing-2020/index.html', page, previous)).reused, 'another path').toBe(false);
    previous.close();
  });

  test('opens no zip where none is kept', async () => {
    expect(await PreviousZip.open(join(work, 'none.zip'), 'healthy-plans-site')).toBeNull();
  });
});

test('a clock probe left in dist/ by a run that died is not zipped', () => {
  const dist = site('probe-left', { '.postbuild-clock-4242': '' });
  const zip = join(work, 'probe-left.zip');
  const summary = postbuild(dist, zip, join(work, 'probe-left-cache'), 1);
  expect(summary).toContain(`${FILES} files`);
  expect(readFileSync(zip).includes('.postbuild-clock-')).toBe(false);
  expect(readFileSync(zip).equals(coldZip('probe-none', {}))).toBe(true);
});

test('the kept name changes with the zip code and with zlib', () => {
  expect(keptZipName('a', '1.3.1')).toMatch(/^site-[0-9a-f]{16}\.zip$/);
  expect(keptZipName('b', '1.3.1')).not.toBe(keptZipName('a', '1.3.1'));
  expect(keptZipName('a', '1.3.2')).not.toBe(keptZipName('a', '1.3.1'));
});

test('a search index run that did not finish (its Pagefind folder left in dist/) stops the pass, named, and no zip is written', () => {
  const dist = site('unfinished-search', { '.pagefind-staging/fragment/zh-cn_1a2b.pf_fragment': 'half' });
  const zip = join(work, 'unfinished-search', 'site.zip');
  const run = spawnSync(process.execPath, ['scripts/postbuild.ts', '--dist', dist, '--zip', zip, '--cache', join(work, 'unfinished-search', 'cache'), '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain(`${join(dist, '.pagefind-staging')}: left by a search index run that did not finish`);
  expect(existsSync(zip)).toBe(false);
});
