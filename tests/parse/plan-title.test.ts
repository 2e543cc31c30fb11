import { describe, expect, test } from 'vitest';
import { leadingPlace, placeAfterHealth } from '../../scripts/parse/jurisdiction.ts';
import { cleanTitle, titleFromNotice } from '../../scripts/parse/plan-title.ts';

describe('a printed title without the page residue', () => {
  test.each([
    ['青山县人民政府关于推进健康青山行动的实施意见 | |', '青山县人民政府关于推进健康青山行动的实施意见', ['| |']],
    ['28页推进实施健康青山行动2021年工作计划', '推进实施健康青山行动2021年工作计划', ['28页']],
    ['青山县健康城市建设规划(2022-2025年).doc', '青山县健康城市建设规划(2022-2025年)', ['.doc']],
    ['《进一步落实健康中国行动的意见》(青山)', '进一步落实健康中国行动的意见', ['《', '》(青山)']],
    ['健康青山行动实施方案', '健康青山行动实施方案', []],
  ])('%s', (printed, title, cut) => {
    const clean = cleanTitle(printed);
    expect(clean.title).toBe(title);
    expect(clean.cuts.map((c) => c.text.trim())).toEqual(cut);
  });
  test('a mirror\'s tag after a title in 《》 is kept as a place hint', () => {
    expect(cleanTitle('《某某意见》(青山)').tag).toBe('青山');
  });
});

describe('the plan named by its notice title', () => {
  test.each([
    ['青山县人民政府关于印发《健康青山行动实施方案》的通知', '健康青山行动实施方案'],
    ['关于印发健康青山行动实施方案的通知', '健康青山行动实施方案'],
    ['青山县人民政府关于推进健康青山行动的实施意见', '青山县人民政府关于推进健康青山行动的实施意见'],
  ])('%s → %s', (notice, title) => {
    expect(titleFromNotice(notice)).toBe(title);
  });
});

describe('the place, with its level', () => {
  test.each([
    ['东岭区关于实施《健康北原行动》行动方案', '东岭区'],
    ['北原市东岭区人民政府办公室关于印发…的通知', '东岭区'],
    ['白沙县桐溪镇健康白沙建设工作实施方案', '桐溪镇'],
    ['青山市健康城市建设实施意见', '青山市'],
    ['永宁县开展省级健康县城试点工作规划', '永宁县'],
    ['西岭新区建设健康城区三年行动计划', '西岭新区'],
    ['落实健康中国行动推进健康青山建设实施方案', null],
    ['县深入开展爱国卫生运动实施方案', null],
  ])('leading place of %s', (title, full) => {
    expect(leadingPlace(title)?.full ?? null).toBe(full);
  });
  test.each([
    ['落实健康中国行动推进健康青山建设实施方案', '青山市人民政府', '青山市'],
    ['健康中国北原行动实施方案', '北原市人民政府', '北原市'],
    ['健康青溪三年行动2021年度重点工作计划', '杭岭市青溪区', '青溪区'],
    ['2022年健康白川暨健康水平提升行动工作要点', '自治区', null],
  ])('健康X of %s', (title, text, full) => {
    const found = placeAfterHealth(title, text);
    expect(found?.full ?? null).toBe(full);
    expect(found).not.toBeNull();
  });
  test('a 健康X of running text is a place only where the genre\'s words follow it', () => {
    expect(placeAfterHealth('贯彻健康中国战略推进健康青山行动', '', true)?.name).toBe('青山');
    expect(placeAfterHealth('实现健康XX、健康XX等目标', '', true)).toBeNull();
  });
});
