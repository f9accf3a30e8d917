/** One page of a list, with the URLs of its neighbours. */
export interface Page<T> {
  items: T[];
  number: number;
  total: number;
  url: string;
  prev?: string;
  next?: string;
}

/** Splits items into pages: the first at `base`, the others at `base` + `page/N/`. */
export function paginate<T>(items: readonly T[], size: number, base: string): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const urlOf = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
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
