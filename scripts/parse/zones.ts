import { isMetadataLine } from './metadata.ts';
import { readMarker } from './numbering.ts';
import {
  ADDRESSEE, ATTACHMENT, CLOSING, COVER_REMARK, DATE_LINE, FOOTER, NOTICE_TITLE, SENTENCE_PUNCT, SITE_CHROME,
} from './patterns.ts';
import type { SourceLine } from './source-line.ts';

/** Index ranges (into the line array, end exclusive) of the parts of a scraped notice. */
export interface Zones {
  /** Portal header: metadata, breadcrumbs, chrome; ends before the cover. */
  header: [number, number];
  /** The notice title line (关于印发《…》的通知), when there is a cover notice. */
  noticeTitle: number | null;
  /** Addressees to remarks: [start, end). Empty when the notice has no cover. */
  cover: [number, number];
  /** The signature date line inside the cover, if found. */
  signedDate: number | null;
  planTitle: [number, number];
  body: [number, number];
  trailer: [number, number];
}

const text = (line: SourceLine) => line.norm.trim();

function nextContent(lines: readonly SourceLine[], from: number, to = lines.length): number {
  let i = from;
  while (i < to && lines[i]!.blank) i++;
  return i;
}

/** A line that starts the end matter: attachments, 抄送/印发, site footer or chrome. */
export function startsTrailer(line: SourceLine): boolean {
  const t = text(line);
  if (t === '') return false;
  if (ATTACHMENT.test(t) || CLOSING.test(t)) return true;
  if (FOOTER.test(t) && (!t.includes('。') || /https?:\/\//.test(t))) return true;
  return t.length <= 20 && SITE_CHROME.test(t);
}

function isNoticeTitle(line: SourceLine): boolean {
  const t = text(line);
  return t.length >= 8 && t.length <= 120 && NOTICE_TITLE.test(t) && !isMetadataLine(line);
}

function isAddressee(line: SourceLine): boolean {
  const t = text(line);
  return t.length >= 3 && t.length <= 100 && ADDRESSEE.test(t) && !isMetadataLine(line) && !t.includes('《');
}

/** Where the cover notice ends: after its date line and any (此件公开发布) remark. */
function findCoverEnd(lines: readonly SourceLine[], from: number): { end: number; date: number | null } {
  const limit = Math.min(lines.length, from + 40);
  for (let i = from; i < limit; i++) {
    if (lines[i]!.blank || !DATE_LINE.test(text(lines[i]!).replace(/\s+/g, ''))) continue;
    let end = i + 1;
    for (let j = nextContent(lines, end); j < lines.length && COVER_REMARK.test(text(lines[j]!)); ) {
      end = j + 1;
      j = nextContent(lines, end);
    }
    return { end, date: i };
  }
  return { end: from, date: null };
}

function looksLikeTitleLine(line: SourceLine): boolean {
  const t = text(line);
  return t.length > 0 && t.length <= 60 && !SENTENCE_PUNCT.test(t) && readMarker(t) === null && !t.startsWith('——');
}

/**
 * Split a notice into header, cover, plan title, body and trailer by the genre's landmarks:
 * the notice title, the addressee line ending in a colon, the signature date, end matter.
 */
export function splitZones(lines: readonly SourceLine[]): Zones {
  let addressee = -1;
  let noticeTitle: number | null = null;
  for (let i = 0; i < lines.length && i < 80; i++) {
    if (lines[i]!.blank) continue;
    if (isNoticeTitle(lines[i]!)) noticeTitle = i;
    else if (noticeTitle !== null && isAddressee(lines[i]!)) {
      addressee = i;
      break;
    }
  }

  let headerEnd: number;
  let coverEnd: number;
  let signedDate: number | null = null;
  if (addressee >= 0) {
    headerEnd = addressee;
    const found = findCoverEnd(lines, addressee + 1);
    coverEnd = found.end;
    signedDate = found.date;
    if (signedDate === null) coverEnd = nextContent(lines, addressee + 1) + 1;
  } else {
    // No cover notice: the header runs until the first line that is neither metadata nor chrome.
    let i = 0;
    while (i < lines.length && (lines[i]!.blank || isMetadataLine(lines[i]!) || SITE_CHROME.test(text(lines[i]!)) || (noticeTitle !== null && i <= noticeTitle))) i++;
    headerEnd = i;
    coverEnd = i;
  }

  const titleStart = nextContent(lines, coverEnd);
  let titleEnd = coverEnd;
  for (let i = titleStart, taken = 0; i < lines.length && taken < 3; i = nextContent(lines, i + 1)) {
    if (!looksLikeTitleLine(lines[i]!) || startsTrailer(lines[i]!)) break;
    titleEnd = i + 1;
    taken++;
  }

  let trailer = lines.length;
  for (let i = titleEnd; i < lines.length; i++) {
    if (startsTrailer(lines[i]!)) {
      trailer = i;
      break;
    }
  }

  return {
    header: [0, headerEnd],
    noticeTitle: addressee >= 0 ? noticeTitle : null,
    cover: [headerEnd, coverEnd],
    signedDate,
    planTitle: [coverEnd, titleEnd],
    body: [titleEnd, trailer],
    trailer: [trailer, lines.length],
  };
}
