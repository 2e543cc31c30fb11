import { describe, expect, test } from 'vitest';
import { bareName } from '../../scripts/parse/bare-name.ts';
import { matchPlace, namePlaces, SUGGESTIONS, type KnownPlace } from '../../src/lib/search/place-match.ts';

// Invented places (a few real-sounding names reused in invented provinces): two 鼓楼区, a 朝阳 of
// two levels, autonomous places with one and two peoples, a county whose stem is one character.
const places: KnownPlace[] = [
  { name: '鼓楼区', province: '江苏省' },
  { name: '鼓楼区', province: '福建省' },
  { name: '朝阳区', province: '北京市' },
  { name: '朝阳市', province: '辽宁省' },
  { name: '青禾区', province: '浙江省' },
  { name: '松湖市', province: '浙江省' },
  { name: '云岭满族自治县', province: '辽宁省' },
  { name: '石门苗族侗族自治州', province: '贵州省' },
  { name: '沙县', province: '福建省' },
  { name: '杭州市', province: '浙江省' },
  { name: '浙江省', province: '浙江省' },
  { name: '广西壮族自治区', province: '广西壮族自治区' },
  { name: '新疆维吾尔自治区', province: '新疆维吾尔自治区' },
  { name: '白河县', province: null },
];

describe('bareName reads typed places too: a name without its level and peoples', () => {
  test.each([
    ['青禾区', '青禾'],
    ['松湖市', '松湖'],
    ['云岭满族自治县', '云岭'],
    ['石门苗族侗族自治州', '石门'],
    ['广西壮族自治区', '广西'],
    ['新疆维吾尔自治区', '新疆'],
    ['浙江省', '浙江'],
    ['石门州', '石门'],
    // Two characters stay: 沙县 is not 沙, 杭州 is not 杭 with a level.
    ['沙县', '沙县'],
    ['杭州', '杭州'],
    ['杭州市', '杭州'],
    ['青禾', '青禾'],
  ])('%s → %s', (name, stem) => {
    expect(bareName(name)).toBe(stem);
  });
});

const names = (found: readonly KnownPlace[]) => found.map((place) => `${place.name}/${place.province ?? '?'}`);

describe('matchPlace: what a typed place finds', () => {
  test.each([
    ['青禾区', ['青禾区/浙江省']],
    ['青禾', ['青禾区/浙江省']],
    ['松湖', ['松湖市/浙江省']],
    // Another level typed still finds the place of that stem.
    ['松湖县', ['松湖市/浙江省']],
    ['云岭', ['云岭满族自治县/辽宁省']],
    ['云岭县', ['云岭满族自治县/辽宁省']],
    ['石门州', ['石门苗族侗族自治州/贵州省']],
    ['杭州', ['杭州市/浙江省']],
    ['浙江', ['浙江省/浙江省']],
    ['广西', ['广西壮族自治区/广西壮族自治区']],
    [' 白河 ', ['白河县/?']],
    // One name, two provinces: both.
    ['鼓楼区', ['鼓楼区/江苏省', '鼓楼区/福建省']],
    ['鼓楼', ['鼓楼区/江苏省', '鼓楼区/福建省']],
    // One stem, two levels: both; the full name, only its own.
    ['朝阳', ['朝阳区/北京市', '朝阳市/辽宁省']],
    ['朝阳区', ['朝阳区/北京市']],
    // The province and city before it are read past, the level too.
    ['浙江省杭州市青禾区', ['青禾区/浙江省']],
    ['杭州青禾区', ['青禾区/浙江省']],
    ['杭州青禾', ['青禾区/浙江省']],
    // A province printed first picks its own among places of one name; a city alone cannot.
    ['江苏南京鼓楼区', ['鼓楼区/江苏省']],
    ['福建省鼓楼', ['鼓楼区/福建省']],
    ['南京鼓楼区', ['鼓楼区/江苏省', '鼓楼区/福建省']],
    // A name cut short: the places it starts. A one-character stem stays whole (沙县), so 沙 is a
    // prefix of it, not its stem; every place it starts is searched, as for one stem of two levels.
    ['沙', ['沙县/福建省']],
    ['云', ['云岭满族自治县/辽宁省']],
    ['石', ['石门苗族侗族自治州/贵州省']],
    ['石门苗族', ['石门苗族侗族自治州/贵州省']],
    ['鼓', ['鼓楼区/江苏省', '鼓楼区/福建省']],
    ['朝', ['朝阳区/北京市', '朝阳市/辽宁省']],
    ['松', ['松湖市/浙江省']],
    ['白', ['白河县/?']],
    ['杭', ['杭州市/浙江省']],
  ])('%s finds %j', (typed, found) => {
    const match = matchPlace(typed, places);
    expect(names(match.found)).toEqual(found);
  });

  test('a full name, a stem or a name at the end comes before the names a text starts', () => {
    const nested: KnownPlace[] = [
      { name: '青禾市', province: '浙江省' },
      { name: '青禾湾新区', province: '浙江省' },
      { name: '青禾东县', province: '浙江省' },
    ];
    expect(names(matchPlace('青禾', nested).found)).toEqual(['青禾市/浙江省']);
    expect(names(matchPlace('青禾市', nested).found)).toEqual(['青禾市/浙江省']);
    expect(names(matchPlace('浙江青禾东县', nested).found)).toEqual(['青禾东县/浙江省']);
    expect(names(matchPlace('青禾湾', nested).found)).toEqual(['青禾湾新区/浙江省']);
    expect(names(matchPlace('青', nested).found)).toEqual(['青禾市/浙江省', '青禾湾新区/浙江省', '青禾东县/浙江省']);
  });

  test('a prefix of many places finds them all, in the list’s order', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `平安${'一二三四五六七八九十甲乙'[i]}区`, province: '青禾省' }));
    expect(matchPlace('平', many).found).toEqual(many);
    expect(matchPlace('平安', many).found).toEqual(many);
    expect(matchPlace('平安三', many).found).toEqual([many[2]]);
  });

  test('a name three characters long is suggested only names one edit away or holding it', () => {
    expect(matchPlace('松湖岸', places)).toEqual({ found: [], suggestions: [{ name: '松湖市', province: '浙江省' }] });
    expect(matchPlace('松林岸', places)).toEqual({ found: [], suggestions: [] });
  });

  test.each([
    // A wrong character: the names one edit away, those sharing the first character first.
    ['青河', ['青禾区/浙江省', '白河县/?']],
    ['白禾', ['白河县/?', '青禾区/浙江省']],
    ['松胡市', ['松湖市/浙江省']],
    // Part of a name, not its start: the names holding it.
    ['门', ['石门苗族侗族自治州/贵州省']],
    ['楼', ['鼓楼区/江苏省', '鼓楼区/福建省']],
  ])('%s finds nothing and suggests %j', (typed, suggested) => {
    const match = matchPlace(typed, places);
    expect(match.found).toEqual([]);
    expect('suggestions' in match && names(match.suggestions)).toEqual(suggested);
  });

  test('a name sharing nothing gets no suggestion, and suggestions are capped', () => {
    const none = matchPlace('东海岸', places);
    expect(none).toEqual({ found: [], suggestions: [] });
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `${'一二三四五六七八九十甲乙'[i]}平安区`, province: null }));
    const capped = matchPlace('平安', many);
    expect(capped.found).toEqual([]);
    expect('suggestions' in capped && capped.suggestions.length).toBe(SUGGESTIONS);
  });
});

describe('namePlaces: the filter values and how they are shown', () => {
  test('one name of two provinces is one value shown with both; a place of no known province by its name', () => {
    const found = matchPlace('鼓楼', places).found;
    expect(namePlaces([...found, { name: '白河县', province: null }])).toEqual([
      { name: '鼓楼区', label: '鼓楼区（江苏省、福建省）' },
      { name: '白河县', label: '白河县' },
    ]);
    expect(namePlaces(matchPlace('朝阳', places).found).map((place) => place.label)).toEqual(['朝阳区（北京市）', '朝阳市（辽宁省）']);
  });
});
