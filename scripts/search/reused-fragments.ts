/**
 * Which Pagefind fragments of an output folder this build uses, when the last build's fragments
 * were put there before Pagefind wrote. A fragment's name is a hash of its content, and Pagefind
 * 1.6 leaves a hashed file that already exists alone (it neither compresses nor writes it
 * again), so an unchanged group's fragment is the last build's file, and a changed group's is a
 * new file beside its old one. Pure.
 */

/** One fragment file after Pagefind wrote: its name, the group key (URL) it holds, and whether it is the last build's. */
export interface FragmentFile {
  name: string;
  url: string;
  reused: boolean;
}

/** A fragment name Pagefind gives without a collision: the language, then seven hex digits of the content hash. */
const PLAIN_NAME = /^[a-z-]+_[0-9a-f]{7}\.pf_fragment$/;

/**
 * The fragment each group key uses and the files no group uses, or null when the folder cannot be
 * read with certainty (Pagefind lengthened a name for a hash collision, so a reused file could
 * hold the wrong content; a group has no fragment, or two): the caller then writes afresh.
 * @example sortFragments([{ name: 'zh-cn_a1b2c3d.pf_fragment', url: 'plans/x/index.html', reused: true }], ['plans/x/index.html'])
 * // { live: Map { 'plans/x/index.html' => 'zh-cn_a1b2c3d.pf_fragment' }, stale: [] }
 */
export function sortFragments(files: readonly FragmentFile[], keys: readonly string[]): { live: Map<string, string>; stale: string[] } | null {
  if (files.some((file) => !PLAIN_NAME.test(file.name))) return null;
  const byUrl = new Map<string, FragmentFile[]>();
  for (const file of files) byUrl.set(file.url, [...(byUrl.get(file.url) ?? []), file]);
  const live = new Map<string, string>();
  for (const url of keys) {
    const held = byUrl.get(url) ?? [];
    const written = held.filter((file) => !file.reused);
    // A new file for a group supersedes its old one; without one, the group is unchanged and its old file is its own.
    const own = written.length > 0 ? written : held;
    if (own.length !== 1) return null;
    live.set(url, own[0]!.name);
  }
  const used = new Set(live.values());
  return { live, stale: files.filter((file) => !used.has(file.name)).map((file) => file.name) };
}
