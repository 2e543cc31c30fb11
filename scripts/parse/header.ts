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
    const number = DOCUMENT_NUMBER.exec(t);
    const leading = number !== null && number.index === 0;
    if (number && (leading || number[0].length >= t.length - 2)) {
      const start = trimmed(line).offset + number.index;
      const value = line.raw.slice(start, start + number[0].length);
      // The value of a 文件编号: printed on the line below its label; else a 文号 of its own.
      if (awaiting && /编号|文号|字号/.test(awaiting.key)) awaiting.value = value;
      else entries.push({ key: '文号', value, line: line.n });
      awaiting = null;
    }
    if (i === noticeTitle) return book.keep(line, 'cover');
    if (isMetadataLine(line)) {
      const found = readMetadataLine(line);
      entries.push(...found);
      const last = found.at(-1);
      awaiting = last && last.value === '' ? last : null;
      return book.keep(line, 'metadata');
    }
    // A 文号 alone, or printed before the notice title (某府〔2019〕5号 关于印发《…》的通知).
    if (number && (leading || number[0].length >= t.length - 2)) return book.keep(line, 'metadata');
    if (awaiting && !SITE_CHROME.test(t) && !NOTICE_TITLE.test(t)) {
      awaiting.value = trimmed(line).raw;
      awaiting = null;
      return book.keep(line, 'metadata');
    }
    awaiting = null;
    if (NOTICE_TITLE.test(t)) return book.drop(line, 'duplicate');
    return book.drop(line, 'site-chrome');
  });
  return entries;
}
