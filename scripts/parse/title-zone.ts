import type { MetadataEntry } from '../../src/model/index.ts';
import { furnitureReason } from './furniture.ts';
import type { LineBook } from './line-book.ts';
import { isMetadataLine, readMetadataLine } from './metadata.ts';
import { cleanTitle } from './plan-title.ts';
import { trimmed, type SourceLine } from './source-line.ts';
import { isAttachmentLabel } from './zones.ts';

/**
 * Read the lines between the cover (or the page header) and the plan text: the plan title,
 * printed on one to three lines, maybe twice; a dateline or metadata line beside it; an
 * 附件1: label above it. Returns the title with the page's residue taken off.
 */
export function readTitleZone(lines: readonly SourceLine[], book: LineBook, metadata: MetadataEntry[]): { title: string; tag: string | null } {
  const kept: SourceLine[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (line.blank) book.drop(line, 'blank');
    else if (isMetadataLine(line)) {
      metadata.push(...readMetadataLine(line));
      book.keep(line, 'metadata');
    } else if (isAttachmentLabel(line)) book.drop(line, 'attachment-label');
    else {
      const reason = furnitureReason(line.norm, 'header');
      const key = line.norm.replace(/\s+/g, '');
      if (reason) book.drop(line, reason);
      else if (seen.has(key)) book.drop(line, 'duplicate');
      else {
        seen.add(key);
        kept.push(line);
      }
    }
  }
  const { title, tag, cuts } = cleanTitle(kept.map((l) => trimmed(l).raw).join(''));
  for (const l of kept) book.keep(l, 'plan');
  // Residue comes off the title's first or last line.
  for (const cut of cuts) {
    const home = kept.find((l) => l.raw.includes(cut.text)) ?? kept[0]!;
    book.cut(home, cut.text, cut.reason);
  }
  return { title, tag };
}
