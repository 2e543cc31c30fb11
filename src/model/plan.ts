import { z } from 'zod';
import { ActionSchema } from './action.ts';
import { AssignmentSchema } from './assignment.ts';
import { CitationSchema, CitedAsSchema } from './citation.ts';
import { ClauseSchema } from './clause.ts';
import { DiagnosticSchema } from './diagnostic.ts';
import { InsightSchema } from './insight.ts';
import { LineRecordSchema } from './line-record.ts';
import { PrintedDateSchema } from './printed-date.ts';
import { JurisdictionSchema, UnitSchema } from './unit.ts';

/** Simplified or Traditional Chinese, as BCP 47 script subtags. */
export const ScriptSchema = z.enum(['zh-Hans', 'zh-Hant']);

/** The kind of plan, read from its title. */
export const PlanTypeSchema = z.enum(['工作要点', '行动方案', '实施方案', '任务分工', '行动计划', '规划', '其他']);

/** The notice file a plan was read from. */
export const SourceSchema = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  bom: z.boolean(),
  lineEnding: z.enum(['lf', 'crlf', 'cr', 'none']),
});

/** One key–value pair of the portal's header, as printed. */
export const MetadataEntrySchema = z.object({
  key: z.string(),
  value: z.string(),
  line: z.number().int().positive(),
});

/** An attachment the notice names; the scrape never includes its content. */
export const AttachmentSchema = z.object({
  name: z.string(),
  /** The line as printed: 附件:1.推进健康慈溪行动主要指标, ….doc 请点击下载. */
  printed: z.string(),
  line: z.number().int().positive(),
  included: z.literal(false),
});

/** The cover notice (关于印发《…》的通知) that carries the plan. */
export const CoverSchema = z.object({
  /** The addressee line as printed, e.g. 各乡镇人民政府,开发区管委会,县直有关部门: */
  addresseeLine: z.string(),
  addressees: z.array(z.string()),
  paragraphs: z.array(z.object({ text: z.string(), line: z.number().int().positive() })),
  issuer: z.string().nullable(),
  signedDate: PrintedDateSchema.nullable(),
  /** Closing remarks such as (此件公开发布). */
  remarks: z.array(z.string()),
});

/** A plan period such as 2018–2020; a single year has start = end. */
export const PeriodSchema = z.object({ start: z.number().int(), end: z.number().int() });

/** What the parser reads from one notice: the plan before cross-plan insight is drawn from it. */
export const PlanCoreSchema = z.object({
  /** Stable ASCII slug: place pinyin plus year or period, e.g. "yinzhou-2018", "huanren-2018-2020". */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  source: SourceSchema,
  script: ScriptSchema,
  noticeTitle: z.string().nullable(),
  planTitle: z.string(),
  planType: PlanTypeSchema,
  issuer: z.string().nullable(),
  documentNumber: z.string().nullable(),
  indexNumber: z.string().nullable(),
  validity: z.string().nullable(),
  dates: z.object({
    written: PrintedDateSchema.nullable(),
    published: PrintedDateSchema.nullable(),
    signed: PrintedDateSchema.nullable(),
  }),
  period: PeriodSchema.nullable(),
  jurisdiction: JurisdictionSchema,
  metadata: z.array(MetadataEntrySchema),
  cover: CoverSchema.nullable(),
  attachments: z.array(AttachmentSchema),
  /** Lines such as 抄送 and 印发 that close the printed document. */
  closing: z.array(z.object({ text: z.string(), line: z.number().int().positive() })),
  /** The plan's outline: preamble paragraphs, then parts. */
  clauses: z.array(ClauseSchema),
  assignments: z.array(AssignmentSchema),
  actions: z.array(ActionSchema),
  units: z.array(UnitSchema),
  diagnostics: z.array(DiagnosticSchema),
  lines: z.array(LineRecordSchema),
});

/** One notice and the plan it publishes, with its themes, targets and unit functions: the single model every page is rendered from. */
export const PlanSchema = PlanCoreSchema.extend({
  insight: InsightSchema,
  /** Every document the cover and clauses cite by name, in reading order (the plan citing itself left out). */
  citations: z.array(CitationSchema),
  citedAs: CitedAsSchema,
});

export type Script = z.output<typeof ScriptSchema>;
export type PlanType = z.output<typeof PlanTypeSchema>;
export type Source = z.output<typeof SourceSchema>;
export type MetadataEntry = z.output<typeof MetadataEntrySchema>;
export type Attachment = z.output<typeof AttachmentSchema>;
export type Cover = z.output<typeof CoverSchema>;
export type Period = z.output<typeof PeriodSchema>;
export type PlanCore = z.output<typeof PlanCoreSchema>;
export type Plan = z.output<typeof PlanSchema>;
