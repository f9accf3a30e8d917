/** One page of a list, with the URLs of its neighbours. */
export interface Page<T> {
  items: T[];
  number: number;
  total: number;
  url: string;
  prev?: string;
  next?: string;
}

/** Splits items into pages of `size`, each at the address `urlOf` gives its number (from the URL module). */
export function paginate<T>(items: readonly T[], size: number, urlOf: (page: number) => string): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      items: items.slice(i * size, (i + 1) * size),
      number,
      total,
      url: urlOf(number),
      ...(number > 1 ? { prev: urlOf(number - 1) } : {}),
      ...(number < total ? { next: urlOf(number + 1) } : {}),
    };
  });
}
