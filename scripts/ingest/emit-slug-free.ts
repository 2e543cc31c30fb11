import type { Plan } from '../../src/model/index.ts';
import { emitParsedPlan } from '../emit/emit-plan.ts';
import type { SlugFreeFile } from './slug-free-file.ts';

const utf8 = new TextEncoder();

/**
 * The files of a plan (as readNotice parsed it) with its slug left out, so the ingest emits each
 * plan as soon as it is parsed and keeps bytes rather than every plan's model until the ledger
 * decides (issue 12: a thousand models alive at once cost seconds of garbage collection).
 * The plan is emitted under a stand-in slug made of its notice's SHA-256, which no text of the
 * notice can print (it would have to contain its own digest), then the files are cut where it
 * stands.
 * @example fillSlug(emitSlugFree(plan)[0]!, 'yinzhou-2018').path // 'plans/yinzhou-2018.mdx'
 */
export function emitSlugFree(plan: Plan): SlugFreeFile[] {
  const standIn = `slug-${plan.source.sha256}`;
  return emitParsedPlan({ ...plan, slug: standIn }).map(({ path, contents }) => ({
    path: path.split(standIn),
    contents: contents.split(standIn).map((part) => utf8.encode(part)),
  }));
}
