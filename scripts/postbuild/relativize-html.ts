import type { Token } from 'parse5';
import { SAXParser, type StartTag, type Text } from 'parse5-sax-parser';
import { relativizeCss } from './relativize-css.ts';
import { relativeSrcset, relativeUrl, type UrlKind } from './relative-url.ts';

/** Attributes holding one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'formaction', 'cite', 'data']);
/** Attributes holding a srcset (URLs with descriptors). */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

// <link rel> values naming a resource the page loads rather than a page a person opens.
const RESOURCE_RELS = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest', 'apple-touch-icon', 'mask-icon']);
// Elements whose src opens a page.
const FRAMES = new Set(['iframe', 'frame']);

/** A replacement of the source span [start, end). */
interface Edit {
  start: number;
  end: number;
  text: string;
}

const attributeOf = (tag: StartTag, name: string): string | undefined => tag.attrs.find((attr) => attr.name === name)?.value;
const relsOf = (tag: StartTag): string[] => (attributeOf(tag, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);

/** Whether an attribute's URL names a page (a folder then means its index.html) or a resource the page loads. */
function urlKind(tag: StartTag, name: string): UrlKind {
  if (name === 'poster' || name === 'data') return { document: false };
  if (name === 'src') return { document: FRAMES.has(tag.tagName) };
  if (name === 'href' && tag.tagName === 'link') return { document: !relsOf(tag).some((rel) => RESOURCE_RELS.has(rel)) };
  return { document: true };
}

function isKeptAbsolute(tag: StartTag): boolean {
  // Canonical and Open Graph URLs name the deployed site; they stay absolute.
  if (tag.tagName === 'link' && relsOf(tag).includes('canonical')) return true;
  return tag.tagName === 'meta' && (attributeOf(tag, 'property') ?? '').startsWith('og:');
}

/** How one URL of a page is rewritten (null: left as written); relative to the page by default. */
export type UrlMapper = (url: string, kind: UrlKind) => string | null;

/** A page's text after rewriteHtml, and whether tokenizing stopped at its <body> start tag. */
export interface RewrittenHtml {
  html: string;
  stoppedAtBody: boolean;
}

function rewriteRefresh(content: string, mapUrl: UrlMapper): string | null {
  const m = /^(\s*\d+\s*;\s*url\s*=\s*)(['"]?)(.*?)\2\s*$/i.exec(content);
  if (!m) return null;
  const rewritten = mapUrl(m[3]!, { document: true });
  return rewritten === null ? null : `${m[1]}${m[2]}${rewritten}${m[2]}`;
}

/** The new value of one attribute of a start tag, or null to leave it as written. */
function rewriteAttribute(tag: StartTag, name: string, value: string, fromFile: string, mapUrl: UrlMapper): string | null {
  if (URL_ATTRIBUTES.has(name)) return mapUrl(value, urlKind(tag, name));
  if (SRCSET_ATTRIBUTES.has(name)) return relativeSrcset(fromFile, value);
  if (name === 'content' && tag.tagName === 'meta' && (attributeOf(tag, 'http-equiv') ?? '').toLowerCase() === 'refresh') return rewriteRefresh(value, mapUrl);
  if (name === 'style' && /url\(/i.test(value)) {
    const rewritten = relativizeCss(`x{${value}}`, fromFile).slice(2, -1);
    return rewritten === value ? null : rewritten;
  }
  return null;
}

const escapeAttribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Apply non-overlapping edits, in source order, to the text. */
function applyEdits(source: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}

/**
 * Rewrite every internal URL of a built HTML page (href, src, srcset, action, poster, meta
 * refresh, inline style and <style> url()) relative to the page, so the site opens from disk and
 * under any sub-path; a link to a folder page names its index.html, a resource URL never does.
 * The page is tokenized by parse5's SAX parser, the tokenizer browsers' parsing follows, and only
 * the spans of the attributes and style sheets it changes are replaced: every other byte stays as
 * Astro wrote it. Never edits markup with regular expressions. `mapUrl` replaces the rule for
 * URL attributes and meta refresh (the 404 page's are rooted instead: not-found-urls.ts).
 */
export async function relativizeHtml(html: string, fromFile: string, mapUrl: UrlMapper = (url, kind) => relativeUrl(fromFile, url, kind)): Promise<string> {
  return (await rewriteHtml(html, fromFile, mapUrl, false)).html;
}

/**
 * relativizeHtml, and with `stopAtBody` only up to the <body> start tag: the text after it is
 * left as written, untokenized (relativize-head.ts).
 */
export function rewriteHtml(html: string, fromFile: string, mapUrl: UrlMapper, stopAtBody: boolean): Promise<RewrittenHtml> {
  const edits: Edit[] = [];
  // A <noscript>'s markup reaches the tokenizer as raw text (a browser runs scripts): it is
  // relativized as HTML of its own, or its links would stay rooted at the build's "/".
  const inner: Promise<void>[] = [];
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  let inStyle = false;
  let inNoscript = false;
  let stoppedAtBody = false;
  parser.on('startTag', (tag: StartTag) => {
    if (stopAtBody && tag.tagName === 'body') {
      stoppedAtBody = true;
      return parser.stop();
    }
    inStyle = tag.tagName === 'style' && !tag.selfClosing;
    inNoscript = tag.tagName === 'noscript' && !tag.selfClosing;
    if (isKeptAbsolute(tag)) return;
    for (const { name, value } of tag.attrs) {
      const rewritten = rewriteAttribute(tag, name, value, fromFile, mapUrl);
      // The start tag's location carries its attributes' spans (parse5 types it as a plain Location).
      const span = (tag.sourceCodeLocation as Token.LocationWithAttributes | undefined)?.attrs?.[name];
      if (rewritten === null || rewritten === value || !span) continue;
      edits.push({ start: span.startOffset, end: span.endOffset, text: `${name}="${escapeAttribute(rewritten)}"` });
    }
  });
  parser.on('endTag', () => {
    inStyle = false;
    inNoscript = false;
  });
  parser.on('text', (text: Text) => {
    const span = text.sourceCodeLocation;
    if (inNoscript && span) {
      const edit: Edit = { start: span.startOffset, end: span.endOffset, text: text.text };
      edits.push(edit);
      inner.push(relativizeHtml(text.text, fromFile, mapUrl).then((rewritten) => void (edit.text = rewritten)));
      return;
    }
    if (!inStyle || !span) return;
    const rewritten = relativizeCss(text.text, fromFile);
    // A style sheet is raw text: its characters are the source's, so it is replaced as it is.
    if (rewritten !== text.text) edits.push({ start: span.startOffset, end: span.endOffset, text: rewritten });
  });
  return new Promise((resolve, reject) => {
    parser.on('error', reject);
    parser.on('finish', () => Promise.all(inner).then(() => resolve({ html: applyEdits(html, edits), stoppedAtBody }), reject));
    parser.end(html);
  });
}
