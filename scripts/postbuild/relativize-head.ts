import { relativeUrl } from './relative-url.ts';
import { rewriteHtml } from './relativize-html.ts';

/**
 * Bytes of a page tokenized at first. Astro writes the head first (policy, title, description,
 * icon, scripts, stylesheet links: under 2 KB on this site's pages), so one try nearly always
 * reaches <body>; a longer head is tried again with four times as many.
 */
const FIRST_BYTES = 16 * 1024;

/** The largest offset at or before `at` that starts a UTF-8 character (or the end of the bytes). */
function charStart(bytes: Uint8Array, at: number): number {
  if (at >= bytes.length) return bytes.length;
  let start = at;
  // A continuation byte is 10xxxxxx.
  while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start--;
  return start;
}

/**
 * A built page with the URLs of its head made relative to it (relativizeHtml's rules), the rest
 * left as written. Each page writes its own links relative as it renders (src/lib/urls.ts); the
 * one URL Astro writes itself, the stylesheet link, is in the head. Only the page's first bytes
 * are decoded and tokenized, up to its <body> start tag: every token before it is complete there,
 * so the result is the one tokenizing the whole page would give. A page whose head its first bytes
 * do not hold is tried with more, up to the whole page.
 * @example await relativizeHead(Buffer.from('<head><link rel="stylesheet" href="/_astro/a.css"></head><body><a href="/x/">'), 'plans/x/index.html')
 * // the bytes of '<head><link rel="stylesheet" href="../../_astro/a.css"></head><body><a href="/x/">'
 */
export async function relativizeHead(page: Buffer, fromFile: string): Promise<Buffer> {
  for (let size = FIRST_BYTES; ; size *= 4) {
    const end = charStart(page, size);
    const head = page.toString('utf8', 0, end);
    const { html, stoppedAtBody } = await rewriteHtml(head, fromFile, (url, kind) => relativeUrl(fromFile, url, kind), true);
    if (stoppedAtBody || end === page.length) return html === head ? page : Buffer.concat([Buffer.from(html, 'utf8'), page.subarray(end)]);
  }
}
