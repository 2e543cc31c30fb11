import { z } from 'zod';
import { ActionSchema } from './action.ts';
import { AssignmentSchema, UnitRefSchema } from './assignment.ts';
import { CitationSchema, CitationSpanSchema } from './citation.ts';
import { ThemeHitSchema, ThemeSchema, TargetSchema, DeadlineSchema, UnitFunctionSchema } from './insight.ts';
import { PeriodSchema, PlanCoreSchema } from './plan.ts';
import { PrintedDateSchema } from './printed-date.ts';
import { JurisdictionSchema, UnitSchema } from './unit.ts';

/**
 * The open data files (`data/<scope>/<dataset>.csv|json`): one flat row per record, the same rows
 * in CSV and JSON. Every column reuses the model's own field schema; the key order of each row
 * schema is the CSV column order. docs/open-data.md documents them.
 */

/** The datasets, in the order the data page lists them. */
export const DatasetNameSchema = z.enum(['plans', 'actions', 'assignments', 'units', 'targets', 'themes', 'citations']);

/** The two formats every dataset is written in. */
export const DataFormatSchema = z.enum(['csv', 'json']);

const PlanSlug = PlanCoreSchema.shape.slug;
/** A site-relative page path such as "plans/cixi-2020/#c1-p3": resolve it against the site's address. */
const PagePath = z.string().regex(/^[a-z0-9][^\s]*$/);

/** One plan: its identity, place, period and how much it holds. */
export const PlanRowSchema = z.object({
  plan: PlanSlug,
  title: PlanCoreSchema.shape.planTitle,
  noticeTitle: PlanCoreSchema.shape.noticeTitle,
  planType: PlanCoreSchema.shape.planType,
  script: PlanCoreSchema.shape.script,
  place: JurisdictionSchema.shape.placeHans,
  placePrinted: JurisdictionSchema.shape.place,
  level: JurisdictionSchema.shape.level,
  issuer: PlanCoreSchema.shape.issuer,
  documentNumber: PlanCoreSchema.shape.documentNumber,
  periodStart: PeriodSchema.shape.start.nullable(),
  periodEnd: PeriodSchema.shape.end.nullable(),
  published: PrintedDateSchema.shape.iso,
  actions: z.number().int().nonnegative(),
  units: z.number().int().nonnegative(),
  targets: z.number().int().nonnegative(),
  sourceFile: z.string(),
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  page: PagePath,
});

/** One action: its number and title, who leads and joins it (canonical unit names). */
export const ActionRowSchema = z.object({
  plan: PlanSlug,
  action: ActionSchema.shape.id,
  number: ActionSchema.shape.number,
  title: ActionSchema.shape.title,
  lead: z.array(z.string()),
  participating: z.array(z.string()),
  themes: z.array(z.string()),
  page: PagePath,
  clausePage: PagePath,
});

/** One unit named in one unit list: the long form of the responsibility matrix. */
export const AssignmentRowSchema = z.object({
  plan: PlanSlug,
  /** The action the list belongs to; null for a list outside every action. */
  action: ActionSchema.shape.id.nullable(),
  assignment: z.number().int().nonnegative(),
  clause: AssignmentSchema.shape.clauseId,
  line: AssignmentSchema.shape.line,
  unit: UnitRefSchema.shape.unit,
  unitName: UnitSchema.shape.name,
  printed: UnitRefSchema.shape.printed,
  role: UnitRefSchema.shape.role,
  roleLabel: UnitRefSchema.shape.roleLabel,
  clausePage: PagePath,
});

/** One responsible unit of one plan, its function group and its load. */
export const UnitRowSchema = z.object({
  plan: PlanSlug,
  unit: UnitSchema.shape.slug,
  name: UnitSchema.shape.name,
  aliases: UnitSchema.shape.aliases,
  place: JurisdictionSchema.shape.placeHans,
  isGroup: UnitSchema.shape.isGroup,
  function: UnitFunctionSchema.shape.function,
  leadCount: z.number().int().nonnegative(),
  participatingCount: z.number().int().nonnegative(),
  page: PagePath,
});

/** One quantitative target, its deadline, and the clause it was read from. */
export const TargetRowSchema = z.object({
  plan: PlanSlug,
  /** 1-based position among the plan's targets, in reading order. */
  target: z.number().int().positive(),
  metric: TargetSchema.shape.metric,
  comparator: TargetSchema.shape.comparator,
  value: TargetSchema.shape.value,
  unit: TargetSchema.shape.unit,
  year: DeadlineSchema.shape.year,
  deadlinePrinted: DeadlineSchema.shape.printed,
  deadlineSource: DeadlineSchema.shape.source,
  clause: TargetSchema.shape.clauseId,
  field: TargetSchema.shape.field,
  /** The action whose clause holds the target; null for goals outside every action. */
  action: ActionSchema.shape.id.nullable(),
  snippet: TargetSchema.shape.snippet,
  clausePage: PagePath,
});

/** One theme of one action and the keyword rule that gave it. */
export const ThemeRowSchema = z.object({
  plan: PlanSlug,
  action: ActionSchema.shape.id,
  theme: ThemeHitSchema.shape.theme,
  themeName: ThemeSchema.shape.name,
  keyword: ThemeHitSchema.shape.keyword,
  where: ThemeHitSchema.shape.where,
  page: PagePath,
});

/** One document cited in one place of a plan: where it is printed, the document it names and its level. */
export const CitationRowSchema = z.object({
  plan: PlanSlug,
  /** The clause printing the citation; null in the cover notice. */
  clause: CitationSpanSchema.shape.clauseId,
  /** The cover paragraph (from 0) printing it; null in a clause. */
  paragraph: CitationSpanSchema.shape.paragraph,
  /** The cited document's slug (its page is documents/<document>/). */
  document: CitationSchema.shape.slug,
  documentNumber: CitationSchema.shape.documentNumber,
  level: CitationSchema.shape.level,
  title: CitationSchema.shape.title,
  printedTitle: CitationSchema.shape.printedTitle,
  levelRule: CitationSchema.shape.levelRule,
  documentPage: PagePath,
  clausePage: PagePath,
});

/** The row schema of each dataset. */
export const DATASET_ROW_SCHEMAS = {
  plans: PlanRowSchema,
  actions: ActionRowSchema,
  assignments: AssignmentRowSchema,
  units: UnitRowSchema,
  targets: TargetRowSchema,
  themes: ThemeRowSchema,
  citations: CitationRowSchema,
} as const satisfies Record<DatasetName, z.ZodObject>;

export type DatasetName = z.output<typeof DatasetNameSchema>;
export type DataFormat = z.output<typeof DataFormatSchema>;
export type PlanRow = z.output<typeof PlanRowSchema>;
export type ActionRow = z.output<typeof ActionRowSchema>;
export type AssignmentRow = z.output<typeof AssignmentRowSchema>;
export type UnitRow = z.output<typeof UnitRowSchema>;
export type TargetRow = z.output<typeof TargetRowSchema>;
export type ThemeRow = z.output<typeof ThemeRowSchema>;
export type CitationRow = z.output<typeof CitationRowSchema>;
/** The row type of a dataset. */
export type DatasetRow<N extends DatasetName> = z.output<(typeof DATASET_ROW_SCHEMAS)[N]>;
