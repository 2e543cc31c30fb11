import { z } from 'zod';

/** Where a kept source line went. */
export const LineRoleSchema = z.enum(['metadata', 'cover', 'plan', 'assignment', 'attachment', 'closing']);

/** Why a source line is not part of the document. */
export const DropReasonSchema = z.enum([
  'blank',
  'site-chrome', // breadcrumbs, 打印本页, 分享到, 收藏, 朗读, 字体…
  'duplicate', // a title or header printed twice
  'footer', // links, copyright, keyword spam of the hosting site
  'script-junk', // <javascript:…> left by the scrape
  'after-end', // text after the document ended (injected spam)
  'spam', // keyword spam a hijacked mirror put on the page (porn, gambling)
  'page-marker', // page footers (—1—), page-chunk markers, elision notes of a doc-sharing copy
  'attachment-label', // "附件1:" printed above the plan the notice encloses
  'pinyin-gloss', // a pinyin gloss a mirror printed after a character: 發(fā)布
  'contents', // a table of contents line (…………3): the clauses follow in full
]);

/** The fate of one source line: kept with a role, or dropped with a reason. */
export const LineRecordSchema = z.object({
  line: z.number().int().positive(),
  role: LineRoleSchema.nullable(),
  dropped: DropReasonSchema.nullable(),
  text: z.string(),
  /**
   * Pieces of a kept line that are page furniture (a title's "| |" residue, a page footer inside
   * a flattened line), each dropped with its reason; absent when the line is kept whole.
   */
  cuts: z.array(z.object({ text: z.string(), reason: DropReasonSchema })).optional(),
});

export type LineRole = z.output<typeof LineRoleSchema>;
export type DropReason = z.output<typeof DropReasonSchema>;
export type LineRecord = z.output<typeof LineRecordSchema>;
