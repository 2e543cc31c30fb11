import { describe, expect, test } from 'vitest';
import { parseInvented as parse, printedNumbers as outline } from '../support/parse-invented.ts';

// Invented notices flattened onto one line (a doc-sharing copy, a page that lost its breaks):
// the cover's landmarks and the plan's numbers are where the line is cut.

const BODY = '为推进健康临江建设,结合本市实际,制定本方案。 一、总体要求 坚持以人民健康为中心,把健康融入所有政策,全方位全周期保障人民健康,推动形成健康生活方式。 二、重点任务 (一)普及健康知识 1.建立健康科普专家库。 2.开展健康素养监测。 (二)推进合理膳食 3.推进营养健康食堂建设。 4.开展减盐减油减糖行动。 (三)推进全民健身 5.完善全民健身设施。';
const TITLE = '临江市人民政府办公室关于印发健康临江行动实施方案的通知';
const ADDRESSEES = '各县(市、区)人民政府,市政府各部门:';
const LETTER = '《健康临江行动实施方案》已经市政府同意,现印发给你们,请认真贯彻执行。';

describe('a flattened cover notice and plan', () => {
  test.each([
    ['文号 glued to the addressees', `${TITLE} 临政办发〔2022〕7号 ${ADDRESSEES} ${LETTER} 临江市人民政府办公室 2022年3月1日 (此件公开发布) 健康临江行动实施方案 ${BODY}`, '临政办发〔2022〕7号'],
    ['the plan title glued after the date, no remark', `${TITLE} 临政办发〔2022〕7号 ${ADDRESSEES} ${LETTER} 临江市人民政府办公室 2022年3月1日 健康临江行动实施方案 ${BODY}`, '临政办发〔2022〕7号'],
    ['metadata run into the notice title', `索引号:001/2022-00012 发布机构:临江市人民政府办公室 主题分类:卫生 ${TITLE} ${ADDRESSEES} ${LETTER} 临江市人民政府办公室 2022年3月1日 (此件公开发布) 健康临江行动实施方案 ${BODY}`, null],
    ['a breadcrumb run into the metadata', `首页 > 政务公开 > 政府文件 索引号:001/2022-00012 文号:临政办发〔2022〕7号 主题分类:卫生 ${TITLE} ${ADDRESSEES} ${LETTER} 临江市人民政府办公室 2022年3月1日 (此件公开发布) 健康临江行动实施方案 ${BODY}`, '临政办发〔2022〕7号'],
  ])('%s', (_, line, documentNumber) => {
    const plan = parse(line);
    expect(plan.documentNumber).toBe(documentNumber);
    expect(plan.noticeTitle).toBe(TITLE);
    expect(plan.cover?.addresseeLine).toBe(ADDRESSEES);
    expect(plan.cover?.signedDate?.iso).toBe('2022-03-01');
    expect(plan.planTitle).toBe('健康临江行动实施方案');
  });
});

describe('item numbers that run on across sections are split too', () => {
  test.each([
    ['numbered on: 3. after (二)', BODY, ['一、', '二、', '(一)', '1.', '2.', '(二)', '3.', '4.', '(三)', '5.']],
    ['numbered again: 1. after (二)', BODY.replace('3.推进', '1.推进').replace('4.开展减盐', '2.开展减盐').replace('5.完善', '1.完善'), ['一、', '二、', '(一)', '1.', '2.', '(二)', '1.', '2.', '(三)', '1.']],
  ])('%s', (_, body, numbers) => {
    expect(outline(parse(`健康临江行动实施方案\n${body}`))).toEqual(numbers);
  });
  test('a number that neither goes on nor starts again stays in the text (3. after 1.)', () => {
    const plan = parse(`健康临江行动实施方案\n${BODY.replace(' 2.开展健康素养监测。', '')}`);
    expect(outline(plan)).toEqual(['一、', '二、', '(一)', '1.', '(二)', '(三)']);
  });
});
