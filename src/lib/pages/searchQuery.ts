/** The filters the search page offers, in the order it shows them; each is a Pagefind filter name. */
export const SEARCH_FILTERS = ['type', 'department', 'theme'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/**
 * What the page calls each kind of page, keyed by the `type` value the pages give Pagefind; the
 * search page labels its checkboxes with these, and the results sentence names them the same way.
 */
export const TYPE_LABELS: Readonly<Record<string, string>> = { Spotlight: 'Stories', Person: 'People', Department: 'Departments' };

/** Visible labels of filter values, per filter; a value without a label is shown as it is. */
export type FilterLabels = Partial<Record<SearchFilter, Readonly<Record<string, string>>>>;

/** The labels the search page shows: departments and themes are already filtered by their visible names. */
export const FILTER_LABELS: FilterLabels = { type: TYPE_LABELS };

/** A search as the page URL holds it: `/search/?q=leaks&type=Person&department=The+Lab`. */
export interface SearchQuery {
  /** The words typed, trimmed; empty when only filters are chosen. */
  text: string;
  /** The values chosen per filter; a result matches any value within a filter, and every filter. */
  filters: Record<SearchFilter, string[]>;
}

/** Reads a search from a query string; unknown parameters are ignored. */
export function readSearchQuery(params: URLSearchParams): SearchQuery {
  const filters = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, [...new Set(params.getAll(name).filter((value) => value.trim() !== ''))]]));
  return { text: (params.get('q') ?? '').trim(), filters: filters as SearchQuery['filters'] };
}

/** Writes a search as a query string (without `?`), leaving out what is empty. */
export function writeSearchQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  for (const name of SEARCH_FILTERS) for (const value of query.filters[name]) params.append(name, value);
  return params.toString();
}

/** Whether there is anything to search for. */
export function isEmptySearch(query: SearchQuery): boolean {
  return query.text === '' && SEARCH_FILTERS.every((name) => query.filters[name].length === 0);
}

/** The `filters` option of Pagefind's `search()` for the chosen values. */
export function pagefindFilters(query: SearchQuery): Partial<Record<SearchFilter, { any: string[] }>> {
  return Object.fromEntries(SEARCH_FILTERS.filter((name) => query.filters[name].length > 0).map((name) => [name, { any: query.filters[name] }]));
}

/** The sentence the page announces after a search, e.g. `3 results for “lab” in People`, naming filters by `labels`. */
export function describeResults(count: number, query: SearchQuery, labels: FilterLabels): string {
  const results = count === 1 ? '1 result' : `${count === 0 ? 'No' : count} results`;
  const chosen = SEARCH_FILTERS.flatMap((name) => query.filters[name].map((value) => labels[name]?.[value] ?? value));
  const words = query.text ? ` for “${query.text}”` : '';
  const within = chosen.length > 0 ? ` in ${chosen.join(', ')}` : '';
  return `${results}${words}${within}.`;
}

/** A piece of a search excerpt: text to show, marked when it matched the search. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Splits an excerpt from Pagefind (escaped text with `<mark>` around matched words) into plain text parts,
 * so the page can show it with `textContent` and never parse it as HTML.
 */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = piece.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => decodeEntity(entity, name));
    if (text) parts.push({ text, marked });
  }
  return parts;
}

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith('#')) {
    const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return ENTITIES[name.toLowerCase()] ?? entity;
}
