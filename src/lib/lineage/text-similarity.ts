/** The character bigrams of a text, Chinese and digits only (punctuation and spaces carry no meaning here), each with its count. */
export function bigramCounts(text: string): Map<string, number> {
  const chars = text.replace(/[^\p{Script=Han}0-9a-zA-Z]/gu, '');
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * The Dice coefficient of two texts' bigram counts (bigramCounts), 0 to 1. Counting each text once
 * and scoring its counts against many others is what keeps comparing two plans cheap: every
 * action of one is scored against every action of the other.
 */
export function countsDice(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [gram, n] of x) {
    shared += Math.min(n, y.get(gram) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * How alike two texts are, 0 to 1: the Dice coefficient of their character bigrams (counted
 * with repeats), so a task reworded a little from one year to the next still scores high.
 * @example bigramDice('开展全民健身运动', '广泛开展全民健身运动') // 0.875
 */
export function bigramDice(a: string, b: string): number {
  return countsDice(bigramCounts(a), bigramCounts(b));
}
