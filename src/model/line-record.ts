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
]);

/** The fate of one source line: kept with a role, or dropped with a reason. */
export const LineRecordSchema = z.object({
  line: z.number().int().positive(),
  role: LineRoleSchema.nullable(),
  dropped: DropReasonSchema.nullable(),
  text: z.string(),
});

export type LineRole = z.output<typeof LineRoleSchema>;
export type DropReason = z.output<typeof DropReasonSchema>;
export type LineRecord = z.output<typeof LineRecordSchema>;
