import { relativeToPage } from './relative-to-page.ts';

/**
 * The links Astro writes itself into a page's head, root-absolute: its bundled stylesheets and
 * scripts ("/_astro/…"). Astro double-quotes every attribute and escapes the quotes of any text
 * it puts in one, so notice text in the head (the title, the description) cannot pose as one.
 * A pattern here rather than a tokenizer: the links are Astro's own, in a form Astro fixes, and the
 * post-build pass tokenizes every head after (scripts/postbuild/relativize-head.ts) and would
 * still make relative any it missed.
 */
const ASSET_LINK = /(<(?:link|script)\b[^<>]*?\s(?:href|src)=")\/(_astro\/[^"<>]*)"/g;

/**
 * A rendered page with the links Astro wrote itself in its head made relative to the page's
 * folder, as url() writes the page's own links: the post-build pass then finds the page as it
 * must be and neither rewrites nor re-tokenizes it. Only the head is looked at. Pure.
 * @example relativeHeadAssets('<head><link rel="stylesheet" href="/_astro/a.css"></head><body>', 'plans/x/') // '<head><link rel="stylesheet" href="../../_astro/a.css"></head><body>'
 */
export function relativeHeadAssets(html: string, pageDir: string): string {
  const end = html.indexOf('</head>');
  if (end < 0) return html;
  const head = html.slice(0, end);
  const relative = head.replace(ASSET_LINK, (_, start: string, path: string) => `${start}${relativeToPage(pageDir, path)}"`);
  return relative === head ? html : relative + html.slice(end);
}
