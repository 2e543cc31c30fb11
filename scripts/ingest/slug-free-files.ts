import type { Plan } from '../../src/model/index.ts';
import { emitPlan } from '../emit/emit-plan.ts';

/**
 * A plan's file emitted before the slug ledger has given the plan its slug: the slug goes
 * between every two parts of its path and of its contents (UTF-8, ready to write).
 */
export type SlugFreeFile = { path: string[]; contents: Uint8Array[] };

/** One file to write: a path under content/ and its bytes or text. */
export type FileToWrite = { path: string; contents: string | Uint8Array };

const utf8 = new TextEncoder();

/**
 * The files of a plan with its slug left out, so the ingest emits each plan as soon as it is
 * parsed and keeps bytes rather than every plan's model until the ledger decides (issue 12: a
 * thousand models alive at once cost seconds of garbage collection).
 * The plan is emitted under a stand-in slug made of its notice's SHA-256, which no text of the
 * notice can print (it would have to contain its own digest), then the files are cut where it
 * stands. The stand-in is a valid slug, so the model is validated as it will be written.
 * @example fillSlug(emitSlugFree(plan)[0]!, 'yinzhou-2018').path // 'plans/yinzhou-2018.mdx'
 */
export function emitSlugFree(plan: Plan): SlugFreeFile[] {
  const standIn = `slug-${plan.source.sha256}`;
  return emitPlan({ ...plan, slug: standIn }).map(({ path, contents }) => ({
    path: path.split(standIn),
    contents: contents.split(standIn).map((part) => utf8.encode(part)),
  }));
}

/** The file as written under `slug`. */
export function fillSlug(file: SlugFreeFile, slug: string): FileToWrite {
  const between = utf8.encode(slug);
  return { path: file.path.join(slug), contents: Buffer.concat(file.contents.flatMap((part, i) => (i === 0 ? [part] : [between, part]))) };
}
