import { z } from 'zod';

/** The cross-plan themes, by ASCII slug; names, descriptions and rules live in scripts/insight/themes.ts. */
export const ThemeSlugSchema = z.enum([
  'health-literacy',
  'fitness',
  'tobacco-alcohol',
  'mental-health',
  'food-safety',
  'drug-safety',
  'environment',
  'drinking-water',
  'work-safety',
  'road-traffic',
  'maternal-child',
  'school-health',
  'elderly',
  'disability',
  'chronic-disease',
  'infectious-disease',
  'tcm',
  'medical-services',
  'health-insurance',
  'digital-health',
  'health-industry',
  'governance',
]);

/** A theme as readers see it: slug, Chinese name and a one-line Chinese description. */
export const ThemeSchema = z.object({
  slug: ThemeSlugSchema,
  name: z.string(),
  description: z.string(),
});

/** Where a theme's keyword was found: the action's title, its text, or an enclosing clause's heading. */
export const ThemeSourceSchema = z.enum(['title', 'text', 'parent']);

/** One theme of an action and the rule that gave it. */
export const ThemeHitSchema = z.object({
  theme: ThemeSlugSchema,
  /** The keyword that fired, in Simplified script. */
  keyword: z.string(),
  where: ThemeSourceSchema,
});

/** The themes of one action, in taxonomy order. */
export const ActionThemesSchema = z.object({
  /** The action's id (its clause id). */
  action: z.string(),
  themes: z.array(ThemeHitSchema),
});

/** How a target compares its metric with its value. */
export const ComparatorSchema = z.enum(['≥', '≤', '=', '<', '>']);

/** Where a target's year comes from: its own sentence, the run of paragraphs it opens, or the plan. */
export const DeadlineSourceSchema = z.enum(['sentence', 'paragraph', 'plan']);

/** The year a target is due, and the printed phrase that says so (null when taken from the plan). */
export const DeadlineSchema = z.object({
  year: z.number().int().nullable(),
  /** The phrase as printed, e.g. "到2018年底", "2019年前"; null when the year is the plan's. */
  printed: z.string().nullable(),
  source: DeadlineSourceSchema,
});

/** A quantitative target read from a clause, e.g. 县域内就诊率 ≥ 85%. */
export const TargetSchema = z.object({
  /** What is measured, in Simplified script, e.g. "孕产妇死亡率", "新建社区(村)多功能运动场". */
  metric: z.string(),
  comparator: ComparatorSchema,
  /** The value as a number: "2万人" is 20000, "96.50%" is 96.5. */
  value: z.number(),
  /** The unit as normalized: %, ‰, 个, 人, 元/人, 份/百万人, /10万, 平方米, 公里, μg/m3… */
  unit: z.string(),
  deadline: DeadlineSchema,
  /** The deepest clause whose heading or text holds the target. */
  clauseId: z.string(),
  field: z.enum(['heading', 'text']),
  /** The printed text the target was read from, exactly as in the clause. */
  snippet: z.string(),
});


/** Functions that group responsible units across places (区卫生计生局, 县卫计局, 市衛生健康委 → 卫生健康). */
export const FunctionGroupSchema = z.enum([
  '卫生健康',
  '教育',
  '体育',
  '市场监管',
  '生态环境',
  '人力社保/医保',
  '民政',
  '财政',
  '公安/交警',
  '交通运输',
  '应急/安监',
  '发改',
  '经信',
  '农业农村',
  '水利',
  '住建',
  '文广旅体',
  '红十字会',
  '残联',
  '妇联',
  '总工会',
  '团委',
  '宣传',
  '科技',
  '自然资源',
  '其他',
]);

/** The function group of one of the plan's units (null for collectives such as 各乡镇人民政府). */
export const UnitFunctionSchema = z.object({
  unit: z.string(),
  function: FunctionGroupSchema.nullable(),
});

/** The insight drawn from one plan: themes per action, quantitative targets, unit functions. */
export const InsightSchema = z.object({
  themes: z.array(ActionThemesSchema),
  targets: z.array(TargetSchema),
  units: z.array(UnitFunctionSchema),
});

export type UnitFunction = z.output<typeof UnitFunctionSchema>;
export type ThemeSlug = z.output<typeof ThemeSlugSchema>;
export type Theme = z.output<typeof ThemeSchema>;
export type ThemeSource = z.output<typeof ThemeSourceSchema>;
export type ThemeHit = z.output<typeof ThemeHitSchema>;
export type ActionThemes = z.output<typeof ActionThemesSchema>;
export type Comparator = z.output<typeof ComparatorSchema>;
export type DeadlineSource = z.output<typeof DeadlineSourceSchema>;
export type Deadline = z.output<typeof DeadlineSchema>;
export type Target = z.output<typeof TargetSchema>;
export type Insight = z.output<typeof InsightSchema>;
export type FunctionGroup = z.output<typeof FunctionGroupSchema>;
