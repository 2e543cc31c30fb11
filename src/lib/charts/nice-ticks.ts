/**
 * Axis ticks from 0 to at least `max` in steps of 1, 2 or 5 times a power of ten, at most `count` steps.
 * @example niceTicks(42, 5) // [0, 10, 20, 30, 40, 50]
 * @example niceTicks(3, 5) // [0, 1, 2, 3]
 */
export function niceTicks(max: number, count: number): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? 10 * power;
  const whole = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let value = 0; ticks.length === 0 || ticks[ticks.length - 1]! < max; value += whole) ticks.push(value);
  return ticks;
}
