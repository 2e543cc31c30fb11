import type { Theme, ThemeSlug } from '../../src/model/insight.ts';

/** A theme and the keyword rules that assign it, over Simplified text. */
export interface ThemeRule extends Theme {
  /** Keywords; the one that starts first in the text is reported (the longer one at a tie). */
  keywords: readonly string[];
  /**
   * Words that name the theme in a title or heading but in running text are mostly a venue or
   * a passing mention (医院, 医疗服务): they count only in titles and headings.
   */
  titleKeywords?: readonly string[];
  /** Phrases that contain a keyword but are not about the theme; removed before matching. */
  except?: readonly string[];
}

/**
 * The cross-plan taxonomy. The themes follow the chapters the genre itself uses (健康中国行动,
 * 健康浙江 and their local plans); a keyword is a word the plans use for the theme, not a
 * synonym list. Ordered as readers browse them: people's health habits, the environment and
 * safety, groups of people, diseases, services, then the system around them.
 */
export const THEMES: readonly ThemeRule[] = [
  {
    slug: 'health-literacy',
    name: '健康教育与素养',
    description: '健康知识普及、健康教育与健康素养,健康生活方式、合理膳食和自救互救技能。',
    keywords: ['健康教育', '健康素养', '健康知识', '健康科普', '科普', '健康生活方式', '三减三健', '三减三降', '合理膳食', '膳食', '国民营养', '营养指导', '自救互救', '救护'],
  },
  {
    slug: 'fitness',
    name: '全民健身',
    description: '全民健身场地设施、健身活动与赛事、社会体育指导和国民体质监测。',
    keywords: ['全民健身', '健身', '体育锻炼', '体育', '体质', '运动场', '足球场', '运动会', '运动技能', '运动处方', '绿道'],
  },
  {
    slug: 'tobacco-alcohol',
    name: '控烟限酒',
    description: '控制吸烟、无烟环境、戒烟服务与限制饮酒。',
    keywords: ['控烟', '禁烟', '无烟', '戒烟', '吸烟', '烟草', '限酒', '饮酒'],
  },
  {
    slug: 'mental-health',
    name: '心理健康',
    description: '心理健康服务与危机干预,严重精神障碍患者的管理和康复。',
    keywords: ['心理', '精神障碍', '精神卫生', '精神病'],
  },
  {
    slug: 'food-safety',
    name: '食品安全',
    description: '食品与食用农产品的质量安全监管、抽检和追溯,餐饮与校园食品安全。',
    keywords: ['食品安全', '食品', '食用农产品', '农产品', '餐饮', '食安', '食源性', '农兽药', '农药兽药', '厨房'],
  },
  {
    slug: 'drug-safety',
    name: '药品安全',
    description: '药品、医疗器械和化妆品的质量安全监管,药品与耗材的供应保障。',
    keywords: ['药品', '医疗器械', '化妆品', '不良反应', '疫苗', '耗材', '基本药物', '药物政策'],
  },
  {
    slug: 'environment',
    name: '环境治理',
    description: '污染防治与生态保护,人居环境和城乡环境卫生,卫生城镇、健康城镇与健康细胞建设。',
    keywords: [
      '污染', '生态', '垃圾', '污水', '大气', '治水', '治气', '治土', '治废', '土壤', '噪声', '环境质量', '环境监测',
      '人居环境', '绿化', '绿地', '厕所', '美丽乡村', '美丽宜居', '卫生城镇', '卫生镇', '卫生乡镇', '健康城市', '健康城镇',
      '健康村镇', '健康社区', '健康单位', '健康家庭', '健康支持性环境', '爱国卫生', '环境卫生', '环境与健康', '健康环境',
    ],
  },
  {
    slug: 'drinking-water',
    name: '饮用水',
    description: '饮用水水源保护、城乡供水与饮水安全、水质监测。',
    keywords: ['饮用水', '饮水', '供水', '水源'],
  },
  {
    slug: 'work-safety',
    name: '安全生产',
    description: '安全生产与职业健康,突发事件应急、防灾减灾、消防和产品质量安全。',
    keywords: ['安全生产', '生产安全', '职业病', '职业健康', '职业卫生', '危险化学品', '突发事件', '应急能力', '防灾', '减灾', '消防', '产品质量'],
    // 农产品质量安全 is food safety.
    except: ['农产品'],
  },
  {
    slug: 'road-traffic',
    name: '道路交通',
    description: '道路交通安全、道路运输管理和交通设施建设。',
    // Bare 交通 is left out: it is in 公共交通工具 (smoke-free rules) and in unit names.
    keywords: ['道路交通', '交通安全', '文明交通', '交通事故', '公路安全', '道路运输', '道路安全', '交通设施', '交通基础设施', '路网'],
  },
  {
    slug: 'maternal-child',
    name: '妇幼健康',
    description: '孕产妇、婴幼儿和儿童的保健,出生缺陷防治和妇女健康。',
    keywords: ['妇幼', '孕产妇', '母婴', '婴幼儿', '婴儿', '新生儿', '儿童', '出生缺陷', '生殖健康', '两癌', '产科', '儿科', '妇女'],
    // A disabled child's rehabilitation belongs to disability; 儿童青少年近视 to school health.
    except: ['残疾儿童', '儿童青少年', '妇女常见疾病'],
  },
  {
    slug: 'school-health',
    name: '学生健康',
    description: '中小学生的健康教育、体育、近视防控与学校卫生。',
    keywords: ['中小学', '学生', '学校卫生', '学校健康', '近视', '青少年'],
  },
  {
    slug: 'elderly',
    name: '老年健康',
    description: '老年人健康服务、医养结合、养老服务和适老化改造。',
    keywords: ['老年', '养老', '医养', '适老'],
    // Pension insurance is social insurance, not care of the old; 中医养生 is not 医养结合.
    except: ['养老保险', '养老金', '中医养生'],
  },
  {
    slug: 'disability',
    name: '残疾康复',
    description: '残疾预防、残疾人康复服务与辅助器具。',
    keywords: ['残疾', '精准康复', '辅助器具'],
  },
  {
    slug: 'chronic-disease',
    name: '慢性病',
    description: '心脑血管病、癌症、慢性呼吸系统疾病、糖尿病等慢性病的防治与管理。',
    keywords: ['慢性病', '慢病', '心脑血管', '高血压', '糖尿病', '癌症', '肿瘤', '慢阻肺', '慢性呼吸', '脑卒中', '龋齿'],
  },
  {
    slug: 'infectious-disease',
    name: '传染病',
    description: '传染病和地方病的监测与防控,疫情防控、免疫接种和病媒生物控制。',
    keywords: ['传染病', '艾滋病', '结核', '疟疾', '血吸虫', '肝炎', '疫情', '地方病', '碘缺乏', '病媒', '免疫', '疫苗接种', '禽流感', '人畜共患'],
  },
  {
    slug: 'tcm',
    name: '中医药',
    description: '中医药服务、传承创新、治未病和中药产业。',
    keywords: ['中医', '中药', '中西医', '治未病', '国医堂'],
  },
  {
    slug: 'medical-services',
    name: '医疗服务',
    description: '医疗与公共卫生服务体系:分级诊疗、医联体与医共体、家庭医生、基本公共卫生服务、医院管理、急救和卫生人才。',
    keywords: [
      '分级诊疗', '医联体', '医共体', '家庭医生', '签约服务', '公共卫生服务', '医疗卫生服务', '医院管理', '医药卫生体制',
      '急救', '卫生人才', '医学人才', '全科医生', '综合监管', '就诊率',
    ],
    titleKeywords: ['医疗服务', '公共卫生', '医院', '就医'],
    // 应急救护 (first aid taught to the public) contains 急救 but is health literacy.
    except: ['应急救护'],
  },
  {
    slug: 'health-insurance',
    name: '医疗保障',
    description: '基本医疗保险、大病保险、医疗救助、长期护理保险与商业健康保险,医保支付改革。',
    keywords: [
      '医保', '医疗保险', '医疗保障', '大病保险', '大病保障', '疾病保障', '医疗救助', '长期护理保险', '长护险', '健康保险', '商业保险',
      '参保', '社会保障', '社会保险', '按病种付费', '按人头付费',
    ],
    titleKeywords: ['健康保障'],
  },
  {
    slug: 'digital-health',
    name: '智慧健康',
    description: '健康信息化、互联网+医疗健康、健康医疗大数据和智慧服务。',
    keywords: ['智慧', '信息化', '互联网', '大数据', '信息平台', '数字化', '人工智能', '电子病历', '健康档案', '云计算', '健康云', '云医院', '云影像', '云数据'],
  },
  {
    slug: 'health-industry',
    name: '健康产业',
    description: '健康产业与生物医药,健康服务新业态、健康旅游、健身休闲产业和社会办医。',
    keywords: ['健康产业', '生物医药', '医药产业', '产业', '健康服务业', '健康旅游', '办医', '社会资本', '招商引资'],
    except: ['产业工人'],
  },
  {
    slug: 'governance',
    name: '组织保障',
    description: '健康X建设的组织领导、推进机制、考核督查和健康融入所有政策。',
    // Bare 考核 and 推进机制 are left out: 绩效考核 and 健康教育推进机制 are not about governance.
    keywords: ['领导小组', '组织领导', '建设推进机制', '融入所有政策', '健康影响评价', '健康影响评估', '督查'],
  },
];

/** The taxonomy as readers see it (slug, name, description), e.g. for a themes page. */
export function themeTaxonomy(): Theme[] {
  return THEMES.map(({ slug, name, description }) => ({ slug, name, description }));
}

/** The rule of one theme. */
export function themeRule(slug: ThemeSlug): ThemeRule {
  return THEMES.find((t) => t.slug === slug)!;
}
