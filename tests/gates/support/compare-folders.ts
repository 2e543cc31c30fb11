import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../support/site/html-pages.ts';

/** How two folders differ: files only in one, and files in both whose bytes differ; all empty when identical. */
export interface FolderDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  differ: string[];
}

/** Compare two folders file by file, byte for byte. */
export function compareFolders(first: string, second: string): FolderDifference {
  const a = listFiles(first);
  const b = new Set(listFiles(second));
  const inA = new Set(a);
  return {
    onlyInFirst: a.filter((file) => !b.has(file)),
    onlyInSecond: [...b].filter((file) => !inA.has(file)),
    differ: a.filter((file) => b.has(file) && !readFileSync(join(first, file)).equals(readFileSync(join(second, file)))),
  };
}
