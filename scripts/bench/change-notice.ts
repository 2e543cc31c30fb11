/**
 * An edit to one notice, as an editor's correction would make: the first line that reads like a
 * numbered task (一、… or (一)… or 1.…) gains a word, so the plan's text changes and it parses
 * again. Pure.
 */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.．、])/;

export function changeOneNotice(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => NUMBERED.test(line));
  if (at < 0) return `${text}\n修订。`;
  lines[at] = `${lines[at]!.trimEnd()}（修订）`;
  return lines.join('\n');
}
