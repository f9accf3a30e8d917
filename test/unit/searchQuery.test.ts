import { describe, expect, test } from 'vitest';
import {
  describeResults,
  FILTER_LABELS,
  isEmptySearch,
  pagefindFilters,
  readSearchQuery,
  splitExcerpt,
  writeSearchQuery,
  type SearchQuery,
} from '../../src/lib/pages/searchQuery.ts';

const query = (text: string, filters: Partial<SearchQuery['filters']> = {}): SearchQuery => ({
  text,
  filters: { type: [], department: [], theme: [], ...filters },
});

describe('the search in the page URL', () => {
  test('reads the words and the chosen filters, ignoring other parameters and blank values', () => {
    const params = new URLSearchParams('q=+night+shift+&type=Person&type=Spotlight&department=The+Lab&theme=&utm_source=x&type=Person');
    expect(readSearchQuery(params)).toEqual(query('night shift', { type: ['Person', 'Spotlight'], department: ['The Lab'] }));
  });

  test('an address without a query is an empty search', () => {
    expect(isEmptySearch(readSearchQuery(new URLSearchParams('')))).toBe(true);
    expect(isEmptySearch(query('', { theme: ['Culture'] }))).toBe(false);
  });

  test.each([
    [query('Zoë Ångström'), 'q=Zo%C3%AB+%C3%85ngstr%C3%B6m'],
    [query('', { department: ['Finance, Risk & Audit'] }), 'department=Finance%2C+Risk+%26+Audit'],
    [query(''), ''],
  ])('writes %j back as "%s" and reads it again unchanged', (search, expected) => {
    expect(writeSearchQuery(search)).toBe(expected);
    expect(readSearchQuery(new URLSearchParams(expected))).toEqual(search);
  });
});

test('filters match any chosen value within a filter; unused filters are left out', () => {
  expect(pagefindFilters(query('x', { type: ['Person', 'Department'], theme: ['Culture'] }))).toEqual({
    type: { any: ['Person', 'Department'] },
    theme: { any: ['Culture'] },
  });
  expect(pagefindFilters(query('x'))).toEqual({});
});

test.each([
  [0, query('wilhelmina'), 'No results for “wilhelmina”.'],
  [1, query('paula'), '1 result for “paula”.'],
  [3, query('lab', { type: ['Person'] }), '3 results for “lab” in People.'],
  [12, query('water', { type: ['Spotlight', 'Department'], department: ['The Lab'] }), '12 results for “water” in Stories, Departments, The Lab.'],
  [3, query('', { theme: ['Culture'] }), '3 results in Culture.'],
])('%i results are announced as a sentence that names the filters as their checkboxes do', (count, search, expected) => {
  expect(describeResults(count, search, FILTER_LABELS)).toBe(expected);
});

test('a filter value without a label is announced as it is', () => {
  expect(describeResults(2, query('x', { type: ['Podcast'], department: ['The Lab'] }), { department: { 'Other Lab': 'Elsewhere' } })).toBe(
    '2 results for “x” in Podcast, The Lab.',
  );
});

describe('splitExcerpt', () => {
  test('separates marked matches from the text around them and decodes entities', () => {
    expect(splitExcerpt('Tom &amp; <mark>Paula</mark> test the water&#39;s <mark>pH</mark>.')).toEqual([
      { text: 'Tom & ', marked: false },
      { text: 'Paula', marked: true },
      { text: " test the water's ", marked: false },
      { text: 'pH', marked: true },
      { text: '.', marked: false },
    ]);
  });

  test('never lets markup through: escaped tags stay text, stray tags are dropped', () => {
    const parts = splitExcerpt('&lt;img src=x onerror=alert(1)&gt; <b>bold</b> <mark>hit</mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> bold ', marked: false },
      { text: 'hit', marked: true },
    ]);
  });

  test('an empty excerpt has no parts', () => {
    expect(splitExcerpt('')).toEqual([]);
  });
});
