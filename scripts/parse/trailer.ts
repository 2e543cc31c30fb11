import type { Attachment } from '../../src/model/index.ts';
import type { LineBook } from './line-book.ts';
import { normalizeForMatch } from './normalize.ts';
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

const squeeze = (t: string) => normalizeForMatch(t).replace(/\s+/g, '');

/** A file name with no 附件 label whose name is the notice's or the plan's own title. */
function isOwnDownload(norm: string, titles: ReadonlySet<string>): boolean {
  const file = /^(.+)\.(docx?|pdf|wps|ofd)$/i.exec(norm.replace(/\s*(请点击下载|点击下载)\s*$/, ''));
  return file !== null && !/^附件/.test(norm) && titles.has(squeeze(file[1]!));
}

/**
 * Read the end matter after the plan text: attachments named (never included), a directly
 * issued document's sign-off, 抄送 and 印发 lines; drop the page's download link for the notice itself, the site's footer, chrome, and anything after the document ended.
 */
export function readTrailer(lines: readonly SourceLine[], book: LineBook, ownTitles: readonly string[] = []): Trailer {
  const trailer: Trailer = { attachments: [], closing: [] };
  const titles = new Set(ownTitles.map(squeeze).filter((t) => t !== ''));
  let mode: 'attachments' | 'footer' | 'chrome' | 'closed' | null = null;
  for (const line of lines) {
    const { raw, norm } = trimmed(line);
    if (line.blank) {
      book.drop(line, 'blank');
    } else if (isOwnDownload(norm, titles)) {
      // The page's download link for the notice itself (…的通知.pdf): no 附件 label, the notice's own name.
      book.drop(line, 'site-chrome');
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
