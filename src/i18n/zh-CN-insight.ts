import type { Comparator, DeadlineSource, ThemeSource } from '../model/index.ts';
import { openDataStrings } from './zh-CN-open-data.ts';

/**
 * The strings of the cross-plan pages (themes, matrices, targets, timeline, unit functions; the open
 * data's, a data dictionary of their own, in zh-CN-open-data.ts), in Simplified Chinese;
 * src/i18n/zh-CN.ts serves them as `t.insight`.
 */
export const insightStrings = {
  nav: {
    themes: '主题',
    targets: '目标',
    data: '数据',
  },
  clause: {
    paragraph: (path: string, n: number) => `${path}第${n}段`,
    inPlan: '在规划中查看',
  },
  chart: {
    tableNote: '图中数据见右侧（窄屏为下方）表格。',
    total: '合计',
  },
  plans: {
    /** A plan in cross-plan tables: its place and year. */
    short: (place: string, period: string) => `${place} ${period}`,
  },
  themes: {
    title: '主题',
    intro:
      '按主题比较各地规划的任务：每项任务的标题、正文或所属上级标题中出现主题关键词，即归入该主题；' +
      '一项任务可属于多个主题。归类由程序按关键词完成，仅供比较参考，以原文为准。',
    chartTitle: '各主题下的任务数',
    chartDesc: (themes: number, plans: number) => `${themes} 个主题在 ${plans} 份规划中的任务数横向条形图。`,
    tableCaption: '各主题涉及的地区、规划和任务数',
    colTheme: '主题',
    colTotal: '合计',
    description: (name: string, description: string) => `“${name}”主题：${description}各地规划中的相关任务并列比较。`,
    summary: (actions: number, plans: number) => `${plans} 份规划中共 ${actions} 项任务涉及本主题。`,
    none: '已收录的规划中没有任务涉及本主题。',
    rule: '归类依据',
    keyword: (keyword: string, where: string) => `关键词“${keyword}”，见于${where}`,
    where: {
      title: '任务标题',
      text: '任务正文',
      parent: '上级标题',
    } satisfies Record<ThemeSource, string>,
    lead: '牵头',
    absent: '未涉及本主题的规划',
    targetsOf: '本主题任务中的量化目标',
    count: (n: number) => `${n} 项任务`,
    actionHeading: '主题',
    actionIntro: '按关键词归类，点击主题可比较各地的同类任务。',
    actionNone: '本任务未归入任何主题。',
    otherPlans: (name: string) => `其他规划中的“${name}”任务`,
    otherNone: '其他已收录的规划中没有本主题的任务。',
    otherAll: (name: string, plans: number) => `在主题页查看全部 ${plans} 份规划的“${name}”任务`,
  },
  matrix: {
    title: '责任矩阵',
    pageTitle: (plan: string) => `责任矩阵 - ${plan}`,
    description: (plan: string, actions: number, units: number) =>
      `《${plan}》的责任矩阵：${actions} 项任务 × ${units} 个责任单位，标明牵头与参与，并统计各单位的任务数。`,
    intro: '每行一项任务，每列一个责任单位，单位按职能分组。“牵”为牵头单位，“参”为参与单位；点击标记可跳到规划中列出该单位的条款。',
    legendLead: '牵',
    legendPart: '参',
    region: '责任矩阵（可横向、纵向滚动）',
    corner: '任务',
    empty: '本规划原文未逐项列出责任单位，无法生成责任矩阵。',
    countsHeading: '各单位的任务数',
    countsIntro: '按承担任务的多少排列；一项任务中同时牵头和参与的单位在两栏中各计一次。',
    chartTitle: '各单位牵头与参与的任务数',
    chartDesc: (units: number) => `${units} 个责任单位的牵头与参与任务数横向堆叠条形图。`,
    colUnit: '单位',
    colFunction: '职能',
    colLead: '牵头',
    colPart: '参与',
    colTotal: '任务合计',
    collective: '集体单位',
    footLead: '牵头任务数',
    footPart: '参与任务数',
    functionsLink: '比较各地同类部门的任务量',
  },
  functions: {
    title: '各职能部门的任务量',
    description: '按职能比较各地责任单位的任务量：卫生健康、教育、体育等部门在各地规划中牵头和参与的任务数。',
    intro:
      '各地的责任单位按职能归组（如区卫生计生局、县卫计局、市衛生健康委都归入“卫生健康”），比较同类部门在各地规划中的分工。' +
      '数字为任务数：同组的几个单位共同承担的任务只计一次。',
    chartTitle: '各职能牵头的任务数',
    chartDesc: (groups: number) => `${groups} 个职能在全部规划中牵头的任务数横向条形图。`,
    tableCaption: '各职能牵头与参与的任务数（全部规划）',
    colFunction: '职能',
    colLead: '牵头',
    colPart: '参与',
    contents: '职能分组',
    colPlace: '规划',
    colUnits: '单位',
    colShare: '占所在规划任务',
    collective: '集体单位（不分职能）',
    unitsIntro: '本组在各地的单位：',
  },
  targets: {
    title: '目标与指标',
    allTitle: '各地规划的目标与指标',
    allDescription: '各地“健康X”规划中的量化目标（如孕产妇死亡率、健康素养水平），按主题并列比较，每项可链接到原文条款。',
    allIntro:
      '程序从规划原文中提取的量化目标，按地区和规划列出，各主题的同类目标可在主题页并列比较；' +
      '每项目标都链接到原文条款，以原文为准。',
    byPlanHeading: '各规划的目标数',
    byThemeHeading: '各主题的目标数',
    planTitle: (plan: string) => `目标与指标 - ${plan}`,
    planDescription: (plan: string, n: number) => `《${plan}》中的 ${n} 项量化目标与完成期限，每项链接到原文条款。`,
    planIntro: '程序从本规划原文中提取的量化目标，按原文顺序排列；每项链接到原文条款，以原文为准。',
    none: '未从本规划原文中提取到量化目标。',
    general: '总体目标（不属于具体任务）',
    colPlan: '规划',
    colMetric: '指标',
    colValue: '目标值',
    colYear: '期限',
    colClause: '条款',
    colSnippet: '原文',
    colAction: '所属任务',
    colCount: '目标数',
    yearOf: (year: number) => `${year}年`,
    noYear: '未注明',
    fromPlan: '按规划期',
    source: {
      sentence: '本句',
      paragraph: '本段',
      plan: '规划期',
    } satisfies Record<DeadlineSource, string>,
    comparator: {
      '≥': '≥',
      '≤': '≤',
      '=': '',
      '<': '<',
      '>': '>',
    } satisfies Record<Comparator, string>,
    timelineLink: '按年份查看完成期限',
    count: (n: number) => `${n} 项目标`,
  },
  timeline: {
    title: '完成期限时间线',
    description: '各地“健康X”规划量化目标的完成期限，按年份排列：哪些目标在哪一年到期，每项链接到原文条款。',
    intro:
      '量化目标按完成年份排列。原文写明年份的（如“到2022年”）按原文；未写明的按规划期的最后一年，标为“按规划期”。',
    chartTitle: '各年到期的目标数',
    chartDesc: (years: number) => `${years} 个年份到期目标数的横向条形图。`,
    tableCaption: '各年到期的目标数',
    colYear: '年份',
    yearHeading: (year: number | null, n: number) => (year === null ? `未注明年份（${n} 项）` : `${year}年到期（${n} 项）`),
    years: '年份',
  },
  /** The open data page and its data dictionary (zh-CN-open-data.ts). */
  data: openDataStrings,
  planLinks: {
    matrix: '责任矩阵',
    targets: (n: number) => `目标与指标（${n}）`,
    data: '开放数据',
  },
} as const;
