import { Converter } from 'opencc-js/t2cn';
import { describe, expect, test } from 'vitest';
import { excerpt, markText, matchRanges, type TextPiece } from '../../src/lib/search/excerpt.ts';
import { foldText } from '../../src/lib/search/fold.ts';

const toHans = Converter({ from: 't', to: 'cn' });
const marked = (pieces: TextPiece[]) => pieces.filter((piece) => piece.mark).map((piece) => piece.text);
const shown = (pieces: TextPiece[]) => pieces.map((piece) => piece.text).join('');

describe('matchRanges', () => {
  test('overlapping and adjacent matches merge', () => expect(matchRanges('心理健康心理理', ['心理', '理健', '理理'])).toEqual([[0, 3], [4, 7]]));
});

describe('markText', () => {
  test('a Simplified term marks the Traditional print', () => {
    const text = '(市衛生健康委牽頭,市委組織部)';
    expect(marked(markText(text, foldText(text, toHans), ['卫生健康委']))).toEqual(['衛生健康委']);
  });
  test('the pieces are the whole text', () => {
    const text = '加强心理辅导室建设';
    expect(shown(markText(text, text, ['心理', '建设']))).toBe(text);
  });
});

describe('excerpt', () => {
  const text = `${'甲'.repeat(200)}到2018年底全区中小学规范化心理辅导室比例达到85%以上。${'乙'.repeat(200)}`;
  test('cuts around the first match, marks it, and shows where it cut', () => {
    const pieces = excerpt(text, text, ['85%'], 60);
    expect(marked(pieces)).toEqual(['85%']);
    expect(pieces[0]!.text).toBe('…');
    expect(pieces.at(-1)!.text).toBe('…');
    expect(shown(pieces).length).toBeLessThanOrEqual(62);
  });
  test('without a match, the beginning', () => expect(shown(excerpt('控烟限酒行动。', '控烟限酒行动。', ['糖尿病']))).toBe('控烟限酒行动。'));
});
