/** The first `limit` items of a list that pass `keep`, reading no further: lists may hold thousands of stories. */
export function firstWhere<T>(list: readonly T[], limit: number, keep: (item: T) => boolean): T[] {
  const picked: T[] = [];
  for (const item of list) {
    if (picked.length === limit) break;
    if (keep(item)) picked.push(item);
  }
  return picked;
}
