import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { emptyLedger, formatLedger, parseLedger, type SlugLedger } from './slug-ledger.ts';

/** The slug ledger at `path`, or an empty one when the collection has none yet. */
export async function readLedger(path: string): Promise<SlugLedger> {
  let json: string;
  try {
    json = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLedger();
    throw error;
  }
  return parseLedger(json, path);
}

/** Write the ledger where it was read. */
export async function writeLedger(path: string, ledger: SlugLedger): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, formatLedger(ledger));
}
