/**
 * Query → expected result pairs for the recall test, written from the seed texts: each names the
 * clause (or plan, or unit page) a person typing the query is looking for. Simplified and
 * Traditional queries against both scripts, unit names, document numbers, figures, two-character
 * words and several words at once. tests/search/recall-pairs.test.ts checks that every expected
 * record exists and holds every term.
 */
export interface RecallPair {
  query: string;
  /** Site-relative URL of the expected result, as search records store it. */
  expect: string;
}

const clause = (slug: string, id: string) => `plans/${slug}/index.html#${id}`;
const plan = (slug: string) => `plans/${slug}/index.html`;
const unit = (slug: string) => `units/${slug}/index.html`;

export const RECALL_PAIRS: readonly RecallPair[] = [
  // Simplified words, Simplified plans.
  { query: '控烟', expect: clause('cixi-2020', 'c2-1-4') },
  { query: '家庭医生', expect: clause('yinzhou-2018', 'c3-1-3') },
  { query: '心理健康', expect: clause('cixi-2020', 'c2-1-5') },
  { query: '心理辅导', expect: clause('yinzhou-2018', 'c1-1-3') },
  { query: '健康教育', expect: clause('huanren-2018-2020', 'c2-1-1') },
  { query: '艾滋病', expect: clause('yinzhou-2018', 'c3-6-1') },
  { query: '血吸虫', expect: clause('yinzhou-2018', 'c3-6-3') },
  { query: '医养结合', expect: clause('cixi-2020', 'c2-3-16') },
  { query: '糖尿病', expect: clause('cixi-2020', 'c2-4-21') },
  { query: '垃圾分类', expect: clause('yinzhou-2018', 'c6-4-1') },
  { query: '体医融合', expect: clause('yinzhou-2018', 'c2-4-2') },
  { query: '两票制', expect: clause('huanren-2018-2020', 'c2-9-31') },
  { query: '健康小屋', expect: clause('yinzhou-2018', 'c6-5-3') },
  { query: '笼式足球场', expect: clause('yinzhou-2018', 'c1-1-4') },
  { query: '五水共治', expect: clause('yinzhou-2018', 'c6-1-1') },
  { query: '长三角', expect: clause('cixi-2020', 'c2-5-29') },
  { query: '三减三健', expect: clause('huanren-2018-2020', 'c2-1-2') },
  { query: '慢性呼吸系统疾病', expect: clause('cixi-2020', 'c2-4-20') },
  // Two-character words.
  { query: '禁烟', expect: clause('huanren-2018-2020', 'c2-1-2') },
  { query: '疟疾', expect: clause('yinzhou-2018', 'c3-6-4') },
  { query: '癌症', expect: clause('cixi-2020', 'c2-4-19') },
  { query: '近视', expect: clause('cixi-2020', 'c2-3-14') },
  { query: '疫苗', expect: clause('lishui-2021', 'c4-8') },
  { query: '绿道', expect: clause('lishui-2021', 'c1-7') },
  // Figures.
  { query: '85%', expect: clause('yinzhou-2018', 'c1-1-3') },
  { query: '65%', expect: clause('yinzhou-2018', 'c3-1-3') },
  { query: '94%', expect: clause('cixi-2020', 'c1-p3') },
  { query: '95.7%', expect: clause('yinzhou-2018', 'c6-4-3') },
  { query: '2.36平方米', expect: clause('yinzhou-2018', 'c2-1-2') },
  { query: '570元', expect: clause('lishui-2021', 'c3-3') },
  { query: '2万人', expect: clause('yinzhou-2018', 'c1-4-2') },
  { query: 'DRGs', expect: clause('lishui-2021', 'c3-2') },
  { query: 'AED', expect: clause('huanren-2018-2020', 'c2-4-15') },
  // Units and document numbers.
  { query: '区卫生计生局', expect: unit('yinzhou-quweishengjishengju') },
  { query: '县卫计局', expect: unit('huanren-xianweijiju') },
  { query: '市医保局', expect: unit('lishui-shiyibaoju') },
  { query: '区交警大队', expect: unit('yinzhou-qujiaojingdadui') },
  { query: '区卫计局', expect: clause('yuhang-2017-2019', 'c3-1-5') },
  { query: '美丽办', expect: clause('yuhang-2017-2019', 'c3-1-1') },
  { query: '县爱卫办', expect: clause('huanren-2018-2020', 'c2-5-16') },
  { query: '慈政发', expect: plan('cixi-2020') },
  { query: '桓政办发', expect: plan('huanren-2018-2020') },
  // Traditional queries, Simplified plans.
  { query: '控煙', expect: clause('cixi-2020', 'c2-1-4') },
  { query: '家庭醫生', expect: clause('yinzhou-2018', 'c3-1-3') },
  { query: '醫養結合', expect: clause('huanren-2018-2020', 'c2-10-34') },
  { query: '飲用水', expect: clause('cixi-2020', 'c2-2-8') },
  { query: '兩票制', expect: clause('yinzhou-2018', 'c3-4-1') },
  { query: '體醫融合', expect: clause('cixi-2020', 'c2-1-3') },
  { query: '職業病', expect: clause('huanren-2018-2020', 'c2-4-12') },
  { query: '區衛生計生局', expect: unit('yinzhou-quweishengjishengju') },
  // Traditional queries, the Traditional plan.
  { query: '市衛生健康委', expect: unit('lishui-shiweishengjiankangwei') },
  { query: '麗水海關', expect: clause('lishui-2021', 'c4-6') },
  { query: '麗政辦發', expect: plan('lishui-2021') },
  // Simplified queries, the Traditional plan.
  { query: '婴幼儿', expect: clause('lishui-2021', 'c2-6') },
  { query: '浙丽保', expect: clause('lishui-2021', 'c3-1') },
  { query: '心理关爱', expect: clause('lishui-2021', 'c1-6') },
  { query: '浙食链', expect: clause('lishui-2021', 'c4-7') },
  { query: '残疾儿童康复', expect: clause('lishui-2021', 'c2-8') },
  { query: '团市委', expect: clause('lishui-2021', 'c1-6') },
  // Several words: all must be in the result.
  { query: '区卫生计生局 家庭医生', expect: clause('yinzhou-2018', 'c3-1-3') },
  { query: '鄞州 控烟', expect: clause('yinzhou-2018', 'c1-2-2') },
  { query: '食品安全 B级', expect: clause('lishui-2021', 'c4-9') },
  { query: '心理 輔導', expect: clause('yinzhou-2018', 'c1-1-3') },
];
