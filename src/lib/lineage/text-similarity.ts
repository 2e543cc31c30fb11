/** The character bigrams of a text, Chinese and digits only (punctuation and spaces carry no meaning here), each with its count. */
function bigramCounts(text: string): Map<string, number> {
  const chars = text.replace(/[^\p{Script=Han}0-9a-zA-Z]/gu, '');
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * How alike each text of `a` is to each text of `b`: `scores[i][j]` is the Dice coefficient of
 * their character bigrams (counted with repeats), 0 to 1, so a task reworded a little from one
 * year to the next still scores high. Comparing two plans scores every action of one against
 * every action of the other: each text's bigrams are counted once, and `b`'s are indexed by
 * bigram so that each text of `a` meets only the texts sharing one of its bigrams (issue 13:
 * scoring pair by pair was a sixth of the Astro build at 300 notices).
 * @example diceScores(['开展全民健身运动'], ['广泛开展全民健身运动', '加强饮用水安全管理']) // [Float64Array [0.875, 0]]
 */
export function diceScores(a: readonly string[], b: readonly string[]): Float64Array[] {
  // For each bigram of b, the texts holding it and how often, as flat [j, count, j, count, …].
  const holders = new Map<string, number[]>();
  const totals = b.map((text, j) => {
    let total = 0;
    for (const [gram, n] of bigramCounts(text)) {
      total += n;
      const list = holders.get(gram);
      if (list) list.push(j, n);
      else holders.set(gram, [j, n]);
    }
    return total;
  });
  return a.map((text) => {
    const shared = new Float64Array(b.length);
    let total = 0;
    for (const [gram, n] of bigramCounts(text)) {
      total += n;
      const list = holders.get(gram);
      if (list) for (let k = 0; k < list.length; k += 2) shared[list[k]!]! += Math.min(n, list[k + 1]!);
    }
    // Counts are integers, so the sums are exact whatever their order.
    return Float64Array.from(totals, (other, j) => (total + other === 0 ? 0 : (2 * shared[j]!) / (total + other)));
  });
}

/**
 * How alike two texts are, 0 to 1 (diceScores of one text against one).
 * @example bigramDice('开展全民健身运动', '广泛开展全民健身运动') // 0.875
 */
export function bigramDice(a: string, b: string): number {
  return diceScores([a], [b])[0]![0]!;
}
