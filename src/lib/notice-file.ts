import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../model/index.ts';

/**
 * Where the build finds the notices the content was ingested from: seeds/ unless a bench or test
 * build ingested another folder (`npm run ingest -- --in DIR`) and names it here.
 */
const NOTICES_DIR = process.env['HEALTHY_NOTICES_DIR'] ?? './seeds';

/**
 * The original bytes of a plan's notice, as scraped, for the site's download link. Fails the
 * build when the file is missing or differs from the one ingested (its sha256 is in the model):
 * a download that silently differed from the text on the page would be worse than none.
 */
export async function readNoticeFile(source: Source): Promise<Uint8Array<ArrayBuffer>> {
  const path = join(NOTICES_DIR, source.file);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readFile(path);
  } catch {
    throw new Error(`notice ${path} not found: set HEALTHY_NOTICES_DIR to the folder \`npm run ingest -- --in\` read`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== source.sha256) throw new Error(`notice ${path} differs from the one ingested: run \`npm run ingest\` again`);
  return bytes;
}
