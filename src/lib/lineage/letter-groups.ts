/** The items of one letter of a list split by pinyin initial. */
export interface LetterGroup<T> {
  /** a–z, or "0" for an item whose pinyin starts otherwise. */
  key: string;
  /** In the order the list gave them. */
  items: T[];
}

/**
 * A long list cut by letter key (placeInitial, titleInitial), letters in order: the one split
 * behind every letter page, so a document's and a level's split the same way.
 */
export function groupByLetter<T>(items: readonly T[], letterOf: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = letterOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, grouped]) => ({ key, items: grouped }));
}
