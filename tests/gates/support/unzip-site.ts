import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

/** The folder every entry of the release zip sits in (scripts/postbuild.ts). */
export const ZIP_FOLDER = 'healthy-plans-site';

/** A folder name as an office's might be, with a space and Chinese: paths from disk must still resolve. */
const OFFICE_FOLDER = '健康 规划（离线版）';

/**
 * Unzip the release zip into a new temporary folder, as an office does, and return the site
 * folder inside it. Throws when an entry lies outside ZIP_FOLDER or climbs out of it.
 */
export function unzipSite(zipFile: string): string {
  const into = join(mkdtempSync(join(tmpdir(), 'healthy-zip-')), OFFICE_FOLDER);
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipFile)))) {
    if (!name.startsWith(`${ZIP_FOLDER}/`) || name.split('/').includes('..')) throw new Error(`zip entry outside ${ZIP_FOLDER}/: ${name}`);
    if (name.endsWith('/')) continue;
    const path = join(into, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  return join(into, ZIP_FOLDER);
}
