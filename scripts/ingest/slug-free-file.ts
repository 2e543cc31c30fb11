/**
 * A plan's file emitted before the slug ledger has given the plan its slug: the slug goes
 * between every two parts of its path and of its contents (UTF-8, ready to write).
 */
export type SlugFreeFile = { path: string[]; contents: Uint8Array[] };

/** One file to write: a path under content/ and its bytes or text. */
export type FileToWrite = { path: string; contents: string | Uint8Array };

/** The file as written under `slug`. */
export function fillSlug(file: SlugFreeFile, slug: string): FileToWrite {
  const between = Buffer.from(slug);
  return { path: file.path.join(slug), contents: Buffer.concat(file.contents.flatMap((part, i) => (i === 0 ? [part] : [between, part]))) };
}
