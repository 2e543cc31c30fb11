/** The character bigrams of a text, Chinese and digits only (punctuation and spaces carry no meaning here). */
function bigrams(text: string): Map<string, number> {
  const chars = text.replace(/[^\p{Script=Han}0-9a-zA-Z]/gu, '');
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * How alike two texts are, 0 to 1: the Dice coefficient of their character bigrams (counted
 * with repeats), so a task reworded a little from one year to the next still scores high.
 * @example bigramDice('开展全民健身运动', '广泛开展全民健身运动') // 0.875
 */
export function bigramDice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, n] of x) {
    shared += Math.min(n, y.get(gram) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}
