/**
 * The search page in the browser: runs the words and filters of the form against the Pagefind index in
 * `/pagefind/`, keeps them in the page URL (`?q=...`) and announces how many results there are.
 */
import {
  describeResults,
  FILTER_LABELS,
  isEmptySearch,
  pagefindFilters,
  readSearchQuery,
  SEARCH_FILTERS,
  splitExcerpt,
  writeSearchQuery,
  type SearchQuery,
} from '../lib/pages/searchQuery.ts';

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(text: string | null, options: { filters: object }): Promise<{ results: { id: string; data(): Promise<PagefindResult> }[] }>;
}

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Partial<Record<string, string[]>>;
}

/** How many results are shown at once; the status says when there are more. */
const SHOWN = 20;
/** Pause after the last keystroke before searching, so a search does not run per letter. */
const TYPING_PAUSE_MS = 250;

/** Starts the search UI inside `root` (the element holding the form, status and results). */
export async function startSearch(root: HTMLElement): Promise<void> {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;

  let pagefind: Pagefind;
  try {
    // Built after the site by `npm run build`, so it is loaded at run time and not bundled.
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
  } catch {
    root.hidden = false;
    form.hidden = true;
    status.textContent = 'Search is not available right now. Browse the spotlights, departments and people instead.';
    return;
  }

  const initial = readSearchQuery(new URLSearchParams(location.search));
  input.value = initial.text;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = initial.filters[box.name as (typeof SEARCH_FILTERS)[number]]?.includes(box.value) ?? false;
  }
  const details = form.querySelector('details');
  if (details && SEARCH_FILTERS.some((name) => initial.filters[name].length > 0)) details.open = true;
  root.hidden = false;

  let latest = 0;
  const run = async () => {
    const ticket = ++latest;
    const query = readSearchQuery(new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)])));
    const search = writeSearchQuery(query);
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
    if (isEmptySearch(query)) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await pagefind.search(query.text || null, { filters: pagefindFilters(query) });
    const results = await Promise.all(found.results.slice(0, SHOWN).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...results.map(renderResult));
    status.textContent = describe(found.results.length, query);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  if (!isEmptySearch(initial)) await run();
}

function describe(count: number, query: SearchQuery): string {
  const sentence = describeResults(count, query, FILTER_LABELS);
  return count > SHOWN ? `${sentence} Showing the first ${SHOWN}; add words or filters to narrow them down.` : sentence;
}

/** One result: its kind and department, a link titled like the page, and the excerpt with matches marked. */
function renderResult(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const about = document.createElement('p');
  about.className = 'eyebrow about';
  // Each label stays on one line; a wrapped line never starts with the separator.
  const labels = [...(result.filters['type'] ?? []), ...(result.filters['department'] ?? []), ...(result.filters['theme'] ?? [])];
  labels.forEach((label, i) => {
    const span = document.createElement('span');
    span.className = 'nowrap';
    span.textContent = i < labels.length - 1 ? `${label} ·` : label;
    about.append(span, i < labels.length - 1 ? ' ' : '');
  });
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // An excerpt is a window into the page's text: say so at both ends.
  excerpt.append(ellipsis('… '));
  for (const part of splitExcerpt(result.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  excerpt.append(ellipsis(' …'));
  item.append(heading, about, excerpt);
  return item;
}

/** An ellipsis marking a cut in an excerpt: seen, but not read out before and after every result. */
function ellipsis(text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.setAttribute('aria-hidden', 'true');
  span.textContent = text;
  return span;
}
