import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { listFolderFiles, removeOtherFiles, syncFolder } from '../../scripts/keep/folder-files.ts';
import { lastBuildFiles } from '../support/last-build-files.ts';

const work = mkdtempSync(join(tmpdir(), 'folder-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const folder = (sub: string, files: Record<string, string>): string => lastBuildFiles(join(work, sub), files);

test('removeOtherFiles removes every file but those kept, and the folders left empty', async () => {
  const root = folder('others', { 'fragment/a.pf_fragment': 'a', 'fragment/b.pf_fragment': 'b', 'index/old.pf_index': 'x', 'pagefind.js': 'js' });
  const removed = await removeOtherFiles(root, new Set(['fragment/a.pf_fragment', 'pagefind.js']));
  expect(removed).toEqual(['fragment/b.pf_fragment', 'index/old.pf_index']);
  expect(await listFolderFiles(root)).toEqual(['fragment/a.pf_fragment', 'pagefind.js']);
  expect(existsSync(join(root, 'index'))).toBe(false);
});

test('syncFolder writes what is new or changed, keeps what is the same (with its time), removes what is gone', async () => {
  // The last build's index in place, and this build's as Pagefind wrote it into a folder of its own.
  const target = folder('sync-target', { 'pagefind.js': 'js', 'fragment/same.pf_fragment': '同', 'fragment/gone.pf_fragment': '旧', 'index/i.pf_index': 'v1' });
  const staged = folder('sync-staged', { 'pagefind.js': 'js', 'fragment/same.pf_fragment': '同', 'fragment/new.pf_fragment': '新', 'index/i.pf_index': 'v2' });
  const before = statSync(join(target, 'fragment/same.pf_fragment')).mtimeMs;
  expect(await syncFolder(staged, target)).toEqual({ written: 2, kept: 2, removed: 1 });
  expect(await listFolderFiles(target)).toEqual(await listFolderFiles(staged));
  for (const path of await listFolderFiles(staged)) expect(readFileSync(join(target, path), 'utf8'), path).toBe(readFileSync(join(staged, path), 'utf8'));
  expect(statSync(join(target, 'fragment/same.pf_fragment')).mtimeMs).toBe(before);
});

test('syncFolder into a folder that does not exist yet writes every file', async () => {
  const staged = folder('sync-fresh', { 'pagefind-entry.json': '{}', 'filter/f.pf_filter': 'f' });
  expect(await syncFolder(staged, join(work, 'fresh-target'))).toEqual({ written: 2, kept: 0, removed: 0 });
});
