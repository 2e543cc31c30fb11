import { execFileSync } from 'node:child_process';
import { ROOT } from './run-ingest.ts';

/**
 * Every file git holds under a folder of the repository (its index: the last commit plus what is
 * staged), as path relative to that folder → contents. The working tree is not read: the suite's
 * own build rewrites content/ before any test runs, so only git still shows what was committed.
 */
export function readCommittedTree(folder: string): Map<string, string> {
  const paths = execFileSync('git', ['ls-files', '-z', '--', `${folder}/`], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  // One `git cat-file --batch` for every file: each answer is "<oid> blob <size>\n<bytes>\n".
  const batch = execFileSync('git', ['cat-file', '--batch'], {
    cwd: ROOT,
    input: paths.map((p) => `:${p}\n`).join(''),
    maxBuffer: 1 << 30,
  });
  const tree = new Map<string, string>();
  let at = 0;
  for (const path of paths) {
    const headerEnd = batch.indexOf(0x0a, at);
    const header = batch.subarray(at, headerEnd).toString('utf8');
    if (!/ blob \d+$/.test(header)) throw new Error(`git cat-file ${path}: ${header}`);
    const size = Number(header.split(' ')[2]);
    tree.set(path.slice(folder.length + 1), batch.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    at = headerEnd + 1 + size + 1;
  }
  return tree;
}
