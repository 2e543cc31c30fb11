import { z } from 'zod';

/** Who issued a cited document: the State (国务院, ministries), a province, a city, a county or district. */
export const IssuingLevelSchema = z.enum(['national', 'provincial', 'city', 'county', 'unknown']);

/** Where a citation is printed: a paragraph of the cover notice, or a clause's heading or text. */
export const CitationSpanSchema = z.object({
  /** The clause whose heading or text holds the citation; null for the cover notice. */
  clauseId: z.string().nullable(),
  /** The index of the cover paragraph (cover.paragraphs[i]); null in a clause. */
  paragraph: z.number().int().nonnegative().nullable(),
  field: z.enum(['heading', 'text']),
  /** Offsets into the printed field: from 《 to the closing 》, or to the 文号's ) when one follows. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** One document a plan cites by name (《title》, optionally followed by its (文号)). */
export const CitationSchema = z.object({
  /** The title as printed between the marks (a cut mark: up to where the title ends). */
  printedTitle: z.string(),
  /** The title that identifies the document: Simplified, no quotes or inner marks, 关于印发X的通知 read as X. */
  title: z.string(),
  /** The issuer named at the head of the title (宁波市人民政府 in 宁波市人民政府关于…), if any. */
  issuer: z.string().nullable(),
  /** The 文号 in canonical form, e.g. 国卫疾控发〔2016〕77号; null when none is printed. */
  documentNumber: z.string().nullable(),
  /** The document's slug from this citation alone: from its 文号 when printed, else from its title. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The slug of its title alone, so a citation without 文号 finds the document another citation numbers. */
  titleSlug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  level: IssuingLevelSchema,
  /** Why the level was chosen, in Chinese for readers, e.g. "文号代字 浙卫发：浙为浙江简称", "标题中的发文地：宁波市". */
  levelRule: z.string(),
  span: CitationSpanSchema,
});

/** How other plans cite this plan: its title and 文号 read as a citation's are, to find the plans implementing it. */
export const CitedAsSchema = z.object({
  title: z.string(),
  documentNumber: z.string().nullable(),
});

export type IssuingLevel = z.output<typeof IssuingLevelSchema>;
export type CitationSpan = z.output<typeof CitationSpanSchema>;
export type Citation = z.output<typeof CitationSchema>;
export type CitedAs = z.output<typeof CitedAsSchema>;
