import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Write `files` (path → text) under `root`, each stamped an hour ago, as a last build left them; returns `root`. */
export function lastBuildFiles(root: string, files: Record<string, string>): string {
  const past = new Date(Date.now() - 3_600_000);
  mkdirSync(root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    utimesSync(join(root, path), past, past);
  }
  return root;
}
