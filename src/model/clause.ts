import { z } from 'zod';

/** Levels of the plan's own outline: 一、 > (一) > 1. > (1); paragraphs carry unnumbered text. */
export const ClauseKindSchema = z.enum(['part', 'chapter', 'item', 'subitem', 'paragraph']);

/** The numbering styles of the genre, from the outermost to the innermost. */
export const NumberStyleSchema = z.enum(['cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled']);

/** A clause number: what was printed (null when lost) and the value read or inferred. */
export const ClauseNumberSchema = z.object({
  printed: z.string().nullable(),
  value: z.number().int().positive(),
  inferred: z.boolean(),
  style: NumberStyleSchema,
  /** The canonical label used in citations, e.g. "一、", "(二)", "3.". */
  label: z.string(),
});

/** An inclusive, 1-based range of source lines. */
export const LineRangeSchema = z.object({
  start: z.number().int().positive(),
  end: z.number().int().positive(),
});

const ClauseBaseSchema = z.object({
  /** ASCII anchor id from the document's own numbering, unique within the plan (e.g. "c3-6", "c2-5-16"). */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  kind: ClauseKindSchema,
  number: ClauseNumberSchema.nullable(),
  /** A heading alone on its line, or run into its first sentence ("(一)加强组织领导。…"). */
  heading: z.string().nullable(),
  /** The clause's own text as printed, without its number and heading. */
  text: z.string(),
  lines: LineRangeSchema,
});

export type ClauseKind = z.output<typeof ClauseKindSchema>;
export type NumberStyle = z.output<typeof NumberStyleSchema>;
export type ClauseNumber = z.output<typeof ClauseNumberSchema>;
export type LineRange = z.output<typeof LineRangeSchema>;
/** A node of the plan's outline with its nested clauses. */
export type Clause = z.output<typeof ClauseBaseSchema> & { children: Clause[] };

/** A node of the plan's outline; children nest by numbering level. */
export const ClauseSchema: z.ZodType<Clause> = ClauseBaseSchema.extend({
  get children() {
    return z.array(ClauseSchema);
  },
});
