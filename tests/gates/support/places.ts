import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from '../../support/site/serve.ts';

/** The three ways an office deploys the same build, as the README describes them. */
export const PLACE_KINDS = ['web root', 'sub-path', 'disk'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The sub-path the site is copied under for the sub-path place, as on an intranet server. */
export const SUB_PATH = '/docs/health/';

/** One deployed copy of the site: where its home page is, and the URL path all its pages share. */
export interface Place {
  kind: PlaceKind;
  /** The URL a person opens first: the server's base URL, or index.html on disk. */
  home: string;
  /** The URL path of the site's top folder, ending in "/": "/", "/docs/health/" or "/tmp/…/healthy-plans-site/". */
  base: string;
  /** Whether a URL is inside this copy of the site (external links are not followed). */
  contains: (url: string) => boolean;
  close: () => Promise<void>;
}

/** Put a built site folder in place: served at the root or under SUB_PATH by a static server, or opened from disk. */
export async function openPlace(kind: PlaceKind, siteFolder: string): Promise<Place> {
  if (kind === 'disk') {
    const top = pathToFileURL(join(siteFolder, '/')).href;
    return { kind, home: `${top}index.html`, base: new URL(top).pathname, contains: (url) => url.startsWith(top), close: async () => {} };
  }
  const server = await serveStatic(siteFolder, kind === 'sub-path' ? SUB_PATH : '/');
  return { kind, home: server.url, base: new URL(server.url).pathname, contains: (url) => url.startsWith(server.url), close: server.close };
}

/** A regular expression source matching `path` (e.g. "plans/[^/]+/") under the place's base, for page-helpers' linkTo. */
export function pathUnder(place: Place, path: string): RegExp {
  return new RegExp(`^${place.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${path}$`);
}
