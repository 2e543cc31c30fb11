import { describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../scripts/parse/normalize.ts';
import { findUnitLists, looksLikeUnit, opensUnclosedList } from '../../scripts/parse/unit-list.ts';

/** The units of every list found in a printed line, as "role:name" strings. */
function unitsOf(printed: string): string[][] {
  const norm = normalizeForMatch(printed);
  return findUnitLists(norm).map((list) => list.units.map((u) => `${u.role}:${printed.slice(u.start, u.end)}`));
}

describe('labeled role lists', () => {
  test.each([
    [
      '(牵头单位:区教育局、区卫生计生局;参与单位:区委宣传部、区文广新局(旅游局、体育局)、区市场监管局)',
      [['lead:区教育局', 'lead:区卫生计生局', 'participating:区委宣传部', 'participating:区文广新局(旅游局、体育局)', 'participating:区市场监管局']],
    ],
    ['(牵头单位:县卫计局,责任单位:县广电台、县教育局)', [['lead:县卫计局', 'participating:县广电台', 'participating:县教育局']]],
    ['(责任单位:县环保局)', [['participating:县环保局']]],
    ['(牵头部门:区爱卫办;参与单位:区爱卫会其他成员单位)', [['lead:区爱卫办', 'participating:区爱卫会其他成员单位']]],
    ['(牵头单位:区政府应急办,参与单位:区经信局(智慧办)、区民政局)', [['lead:区政府应急办', 'participating:区经信局(智慧办)', 'participating:区民政局']]],
    ['(牵头单位:健康鄞州建设领导小组办公室;配合单位:健康鄞州建设领导小组各成员单位)', [['lead:健康鄞州建设领导小组办公室', 'participating:健康鄞州建设领导小组各成员单位']]],
    ['1.“美丽余杭”健康环境专项行动(牵头单位:美丽办、区环保局)以“美丽余杭”建设为契机', [['lead:美丽办', 'lead:区环保局']]],
    ['(牵头单位:县安监局,责任单位:县卫计局,其他负有安全生产监管职责的部门)', [['lead:县安监局', 'participating:县卫计局', 'participating:其他负有安全生产监管职责的部门']]],
  ])('%s', (line, expected) => {
    expect(unitsOf(line)).toEqual(expected);
  });
});

describe('bare lists after a sentence (Traditional print)', () => {
  test.each([
    ['開展廣告監管領域“護苗助老”專項整治行動。(市委宣傳部、市衛生健康委按職責分工負責)', [['participating:市委宣傳部', 'participating:市衛生健康委']]],
    ['深入實施文化惠民“百千萬”工程。(市文廣旅體局)', [['lead:市文廣旅體局']]],
    ['探索建立應急救護響應體系。(市紅十字會牽頭,市直機關工委、市教育局按職責分工負責)', [['lead:市紅十字會', 'participating:市直機關工委', 'participating:市教育局']]],
    ['探索長護險試點工作。(市醫保局牽頭、市民政局、麗水銀保監分局按職責分工負責)', [['lead:市醫保局', 'participating:市民政局', 'participating:麗水銀保監分局']]],
    ['深入推進基層醫療機構院內醫養結合。(市民政局、市衛生健康委按職責分工)', [['participating:市民政局', 'participating:市衛生健康委']]],
    ['深入推進節水型社會建設。(市水利局負責)', [['lead:市水利局']]],
    ['實施千億生命健康產業投資工程。(市發改)', [['lead:市發改']]],
    ['做好出入境勞務、旅游人員傳染病監測工作。(麗水海關)', [['lead:麗水海關']]],
  ])('%s', (line, expected) => {
    expect(unitsOf(line)).toEqual(expected);
  });
});

describe('brackets that are not unit lists', () => {
  test.each([
    ['贯彻落实《浙江省全民健康生活方式行动实施方案(2017-2025年)》(浙卫发〔2017〕107号),编制规划'],
    ['在各级医疗卫生机构、养老机构、学校、社区、镇(街道)等建立健康教育室(点)。'],
    ['新建社区(村)多功能运动场4个、足球场(含笼式足球场)2个'],
    ['推进综合医院设立临床营养科室(营养诊室)。'],
    ['開展安全隱患即時抓拍(隨手拍)活動。'],
    ['提高醫?;鸬氖褂眯堋#ㄊ嗅t保局)'],
  ])('%s', (line) => {
    expect(unitsOf(line)).toEqual([]);
  });
});

describe('unit names', () => {
  test.each([
    ['区文广新局(旅游局、体育局)', true],
    ['团区委', true],
    ['市发改', true],
    ['各乡镇人民政府', true],
    ['含笼式足球场', false],
    ['街道', false],
    ['浙卫发〔2017〕107号', false],
  ])('%s looks like a unit: %s', (name, expected) => {
    expect(looksLikeUnit(name)).toBe(expected);
  });
});

test('a role list broken across two lines is detected as open', () => {
  expect(opensUnclosedList(normalizeForMatch('加快无害化卫生厕所建设。(牵头单位:县爱卫办,'))).toBe(true);
  // An unclosed bracket that is not a role list (a typo in the source) does not swallow the next line.
  expect(opensUnclosedList(normalizeForMatch('贯彻落实《辽宁省医疗卫生服务体系规划(2015—2020年》,推进区域医疗资源共享。(责任单位:县卫计局)'))).toBe(false);
});

describe('lists the print damaged', () => {
  test.each([
    // Never closed: the page cut it after a remark; the remark is not units.
    [
      '建成区级健康步道3条。(区卫健局、区文旅局、区总工会牵头,区有关部门配合。各部门职责详见《健康青川实施方案》,下同',
      [['lead:区卫健局', 'lead:区文旅局', 'lead:区总工会', 'participating:区有关部门']],
    ],
    // Cut inside its last role word.
    ['开展职业健康宣传周活动。(县卫健局牵头,县人社局、县总工会等有关部门参', [['lead:县卫健局', 'participating:县人社局', 'participating:县总工会等有关部门']]],
    // Its "(" lost: the unit name runs into the sentence.
    ['3.深入开展控烟宣传,加强无烟环境的舆论引导县委宣传部)', [['lead:县委宣传部']]],
    ['推进健身步道建设县体育局牵头,县住建局、县自然资源局)', [['lead:县体育局', 'participating:县住建局', 'participating:县自然资源局']]],
    ['加强监测结果运用市市场监管局) ', [['lead:市市场监管局']]],
    ['争创全国文明城市市卫健委)', [['lead:市卫健委']]], // 城市 ends a word; the next 市 starts the unit
    ['推进健康科技创新县红十字会)', [['lead:县红十字会']]],
    // Printed with no brackets at the end of the text, cut by the page.
    ['组织健康科普大赛。县卫健委牵头,县科协、县妇联、', [['lead:县卫健委', 'participating:县科协', 'participating:县妇联']]],
    ['广泛开展全民健身活动。责任单位:县体育局、县教育局', [['participating:县体育局', 'participating:县教育局']]],
  ])('%s', (line, expected) => {
    expect(unitsOf(line)).toEqual(expected);
  });

  test.each([
    ['建立由县卫健委牵头'], // running text that ends in a name
    ['完善城乡社区卫生服务中心)'], // a stray bracket after a place word, not a unit
    ['推进健康促进县建设)'],
    ['各部门要加强协作,形成合力。县卫健委负责'], // 负责 alone, no brackets: may be a sentence
  ])('not a list: %s', (line) => {
    expect(unitsOf(line)).toEqual([]);
  });

  test('the damage is named', () => {
    const damage = (line: string) => findUnitLists(normalizeForMatch(line)).map((l) => l.damage);
    expect(damage('开展活动。(县卫健局牵头,县人社局参')).toEqual(['unclosed']);
    expect(damage('加强舆论引导县委宣传部)')).toEqual(['unopened']);
    expect(damage('组织大赛。县卫健委牵头,县科协、')).toEqual(['bracketless']);
    expect(damage('组织大赛。(县卫健委牵头,县科协配合)')).toEqual([null]);
  });
});

describe('roles and fields', () => {
  test.each([
    // X、Y、Z牵头: a role word covers every name since the last one.
    ['(市卫健委、市教育局牵头,市有关部门配合)', [['lead:市卫健委', 'lead:市教育局', 'participating:市有关部门']]],
    ['(区民政局、区医保局按职责分工负责)', [['participating:区民政局', 'participating:区医保局']]],
    // Several fields in one list; a deadline is a deadline, not a unit.
    ['(牵头单位:市卫健委;配合单位:市教育局、市体育局;完成时限:2024年12月)', [['lead:市卫健委', 'participating:市教育局', 'participating:市体育局']]],
    ['(责任单位:市疾控中心;完成时间:2025年底前)', [['participating:市疾控中心']]],
    // Letter-spaced labels.
    ['(责 任 单 位 :县疾控中心、县妇幼保健院)', [['participating:县疾控中心', 'participating:县妇幼保健院']]],
    // Two labels run together.
    ['(责任单位:镇政府责任单位:镇卫生院)', [['participating:镇政府', 'participating:镇卫生院']]],
    // Units on a heading: the leading unit of a special group.
    ['(一)控烟行动(专项小组组长单位:卫生健康委员会)', [['lead:卫生健康委员会']]],
    ['(二)心理健康促进行动(组长单位:市卫健委;副组长单位:市教育局)', [['lead:市卫健委', 'participating:市教育局']]],
    // Nested brackets, and one group of governments named by level.
    [
      '推进健康细胞建设。(州卫健委牵头,州教育局、州民政局按职责分工负责,各县、市〔区〕落实)',
      [['lead:州卫健委', 'participating:州教育局', 'participating:州民政局', 'participating:各县、市〔区〕']],
    ],
    ['开展爱国卫生月活动。(各县(市、区)人民政府负责)', [['lead:各县(市、区)人民政府']]],
    // A remark stating the positional rule ends the names; its words are never units.
    [
      '(责任单位:区卫健局、区教育局,各有关部门。排第一位的为牵头单位,其他为协助配合单位,下同)',
      [['participating:区卫健局', 'participating:区教育局', 'participating:各有关部门']],
    ],
    ['(责任单位:区卫健局、区教育局,排名第一的为牵头单位)', [['participating:区卫健局', 'participating:区教育局']]],
  ])('%s', (line, expected) => {
    expect(unitsOf(line)).toEqual(expected);
  });

  test.each([
    ['(责任单位:区卫健局、区教育局,各有关部门。排第一位的为牵头单位,其他为协助配合单位,下同)', 'onward'],
    ['(责任单位:区卫健局、区教育局,排名第一的为牵头单位)', 'list'],
    ['(牵头单位:区卫健局;配合单位:区教育局)', null],
    ['(责任单位:区卫健局、区教育局。排在首位的为牵头单位,下同)', 'onward'],
    ['(责任单位:区卫健局、区教育局,第一个为牵头单位)', 'list'],
    ['(责任单位:区卫健局、区教育局,列第一位的为牵头部门)', 'list'],
  ])('the positional rule of %s reaches %s', (line, scope) => {
    expect(findUnitLists(normalizeForMatch(line))[0]!.positional).toBe(scope);
  });
});

describe('more print variants', () => {
  test.each([
    // Names set apart by spaces only.
    ['推进全民健身。(县体育局牵头 县教育局 县总工会配合)', [['lead:县体育局', 'participating:县教育局', 'participating:县总工会']]],
    // A list on its own line, without brackets, ending in a stop.
    ['责任单位:县体育局、县教育局。', [['participating:县体育局', 'participating:县教育局']]],
    // Bare names with role words before the first label.
    ['(县卫健局牵头;责任单位:各乡镇人民政府)', [['lead:县卫健局', 'participating:各乡镇人民政府']]],
    // 省卫生健 康委: a wrap space inside one name is not two names.
    ['(省卫生健 康委牵头,省教育厅配合)', [['lead:省卫生健 康委', 'participating:省教育厅']]],
  ])('%s', (line, expected) => {
    expect(unitsOf(line)).toEqual(expected);
  });
});
