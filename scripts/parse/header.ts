import type { MetadataEntry } from '../../src/model/index.ts';
import type { LineBook } from './line-book.ts';
import { isMetadataLine, readMetadataLine } from './metadata.ts';
import { DOCUMENT_NUMBER, NOTICE_TITLE, SITE_CHROME } from './patterns.ts';
import { trimmed, type SourceLine } from './source-line.ts';

/**
 * Read the portal header: key–value pairs (several per line, or the value on the next line),
 * a document number printed alone, duplicate titles and site chrome (dropped).
 */
export function readHeader(lines: readonly SourceLine[], noticeTitle: number | null, book: LineBook): MetadataEntry[] {
  const entries: MetadataEntry[] = [];
  let awaiting: MetadataEntry | null = null;
  lines.forEach((line, i) => {
    const t = line.norm.trim();
    if (line.blank) return book.drop(line, 'blank');
    if (i === noticeTitle) return book.keep(line, 'cover');
    if (isMetadataLine(line)) {
      const found = readMetadataLine(line);
      entries.push(...found);
      const last = found.at(-1);
      awaiting = last && last.value === '' ? last : null;
      return book.keep(line, 'metadata');
    }
    if (awaiting && !SITE_CHROME.test(t) && !NOTICE_TITLE.test(t)) {
      awaiting.value = trimmed(line).raw;
      awaiting = null;
      return book.keep(line, 'metadata');
    }
    awaiting = null;
    const number = DOCUMENT_NUMBER.exec(t);
    if (number && number[0].length >= t.length - 2) {
      entries.push({ key: '文号', value: trimmed(line).raw, line: line.n });
      return book.keep(line, 'metadata');
    }
    if (NOTICE_TITLE.test(t)) return book.drop(line, 'duplicate');
    return book.drop(line, 'site-chrome');
  });
  return entries;
}
