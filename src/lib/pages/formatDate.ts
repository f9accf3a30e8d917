const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date as pages show it ("30 November 2026" in `en`), read in UTC. One formatter per locale for the whole
 * build: making one costs more than a page's other work, and a list page shows dozens of dates.
 */
export function formatDate(date: Date, locale: string): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })));
  return format.format(date);
}
