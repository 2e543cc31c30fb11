import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/content.ts';
import { dataFileRoutes, dataFileResponse, type DataFileProps } from '../../../lib/open-data/data-file.ts';

/** /data/<scope>/<dataset>.json: one dataset of one plan (or of all, scope "all"), an array of rows (docs/open-data.md). */
export const getStaticPaths = (async () => dataFileRoutes(await loadSite())) satisfies GetStaticPaths;

export const GET: APIRoute<DataFileProps> = async ({ props }) => dataFileResponse(await loadSite(), props, 'json');
