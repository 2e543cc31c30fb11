import { expect, test } from 'vitest';
import { changeOneNotice } from '../../scripts/bench/change-notice.ts';

test('the first numbered line gains a word; nothing else changes', () => {
  const text = '关于印发的通知\n各单位:\n一、总体要求\n(一)加强领导\n';
  expect(changeOneNotice(text)).toBe('关于印发的通知\n各单位:\n一、总体要求（修订）\n(一)加强领导\n');
});

test('a notice with no numbered line still changes', () => {
  expect(changeOneNotice('正文')).not.toBe('正文');
});
