import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../lib/content.ts';
import { keyedProps } from '../../lib/page-key.ts';
import { readNoticeFile } from '../../lib/notice-file.ts';
import type { Source } from '../../model/index.ts';

/** /sources/<slug>.txt: each plan's notice file, byte for byte as scraped, for download and checking. */
export const getStaticPaths = (async () => {
  const { plans } = await loadSite();
  return plans.map(({ plan }) => ({ params: { slug: plan.slug }, ...keyedProps({ source: plan.source }) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: Source }> = async ({ props }) =>
  new Response(await readNoticeFile(props.source), { headers: { 'content-type': `text/plain; charset=${props.source.encoding}` } });
