/** What a hole of a slug-free file is filled with: the plan's slug, or its units' place part. */
export type Hole = 'plan' | 'place';

/**
 * A plan's file emitted before the slug ledger has given the plan its slug and its units' place
 * its part: a hole goes between every two parts of its path (the plan's slug) and of its contents
 * (`holes[i]` between `contents[i]` and `contents[i + 1]`; UTF-8, ready to write).
 */
export type SlugFreeFile = { path: string[]; contents: Uint8Array[]; holes: Hole[] };

/** One file to write: a path under content/ and its bytes or text. */
export type FileToWrite = { path: string; contents: string | Uint8Array };

/** What fills the holes of one plan's files. */
export type Slugs = { plan: string; place: string | null };

/** The file as written under its slugs; a place hole in a plan whose place has no part is an error. */
export function fillSlug(file: SlugFreeFile, slugs: Slugs): FileToWrite {
  const filler = { plan: Buffer.from(slugs.plan), place: slugs.place === null ? null : Buffer.from(slugs.place) };
  const parts = file.contents.flatMap((part, i) => {
    if (i === 0) return [part];
    const hole = filler[file.holes[i - 1]!];
    if (hole === null) throw new Error(`${file.path.join(slugs.plan)}: a unit slug has no place to start with`);
    return [hole, part];
  });
  return { path: file.path.join(slugs.plan), contents: Buffer.concat(parts) };
}
