import type { Attachment } from '../../src/model/index.ts';
import type { LineBook } from './line-book.ts';
import { readMarker } from './numbering.ts';
import { ATTACHMENT, CLOSING, FOOTER, SITE_CHROME } from './patterns.ts';
import { trimmed, type SourceLine } from './source-line.ts';
import { isSignatureLine } from './zones.ts';

/** What the end matter of a notice holds. */
export interface Trailer {
  attachments: Attachment[];
  closing: Array<{ text: string; line: number }>;
}

function attachmentName(raw: string, norm: string): string {
  let start = /^附件\s*\d*\s*[::]?\s*/.exec(norm)?.[0].length ?? 0;
  const marker = readMarker(norm.slice(start));
  if (marker) start += marker.length;
  const end = norm.replace(/\s*(请点击下载|点击下载)\s*$/, '').length;
  return raw.slice(start, end).trim();
}

/**
 * Read the end matter after the plan text: attachments named (never included), a directly
 * issued document's sign-off, 抄送 and 印发 lines; drop the site's footer, chrome, and anything after the document ended.
 */
export function readTrailer(lines: readonly SourceLine[], book: LineBook): Trailer {
  const trailer: Trailer = { attachments: [], closing: [] };
  let mode: 'attachments' | 'footer' | 'chrome' | 'closed' | null = null;
  for (const line of lines) {
    const { raw, norm } = trimmed(line);
    if (line.blank) {
      book.drop(line, 'blank');
    } else if (ATTACHMENT.test(norm) || (mode === 'attachments' && readMarker(norm)?.style === 'arabic-dot')) {
      trailer.attachments.push({ name: attachmentName(raw, norm), printed: raw, line: line.n, included: false });
      book.keep(line, 'attachment');
      mode = 'attachments';
    } else if (CLOSING.test(norm) || ((mode === null || mode === 'closed') && isSignatureLine(line))) {
      trailer.closing.push({ text: raw, line: line.n });
      book.keep(line, 'closing');
      mode = 'closed';
    } else if (FOOTER.test(norm) || mode === 'footer') {
      book.drop(line, 'footer');
      mode = 'footer';
    } else if (SITE_CHROME.test(norm) || mode === 'chrome') {
      book.drop(line, 'site-chrome');
      mode = 'chrome';
    } else {
      book.drop(line, 'after-end');
    }
  }
  return trailer;
}
