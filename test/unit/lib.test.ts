import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildTime } from '../../src/lib/publication/buildTime.ts';
import { BUDGET, checkBudget, type PageAudit } from '../../scripts/lib/checkBudget.ts';
import { drawFavicon } from '../../src/lib/pages/drawFavicon.ts';
import { entryId } from '../../src/lib/content/entryId.ts';
import { initials } from '../../src/lib/pages/initials.ts';
import { paginate } from '../../src/lib/pages/paginate.ts';
import { paths } from '../../src/lib/urls.ts';
import { readingTime } from '../../src/lib/pages/readingTime.ts';
import { closest, editDistance, suggest } from '../../src/lib/content/suggest.ts';

describe('suggest', () => {
  test.each([
    ['expertice', 'expertise'],
    ['Culture', 'culture'],
    ['mentor', 'mentoring'],
    ['zzzzzz', undefined],
  ])('"%s" suggests %s', (value, expected) => {
    expect(suggest(value, ['culture', 'csr', 'expertise', 'purpose', 'mentoring', 'milestone'])).toBe(expected);
  });
  test('closest always returns the nearest candidate', () => {
    expect(closest('zzzz', ['ana', 'ben'])?.match).toBe('ana');
    expect(closest('x', [])).toBeUndefined();
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

test.each([
  ['Amara Okafor', 'AO'],
  ['Zoë Ångström-Núñez', 'ZÅ'],
  ['Prince', 'P'],
  ['  María  José  de la Cruz ', 'MC'],
  ['"Sunny" Liu', 'SL'],
])('initials of %s are %s', (name, expected) => {
  expect(initials(name)).toBe(expected);
});

test.each([
  ['', 1],
  ['word '.repeat(220), 1],
  ['word '.repeat(1100), 5],
  [`---\ntitle: x\n---\n${'word '.repeat(660)}\n\`\`\`\n${'code '.repeat(1000)}\n\`\`\``, 3],
])('reading time of a text is %#', (text, minutes) => {
  expect(readingTime(text)).toBe(minutes);
});

describe('paginate', () => {
  test('puts page 1 at the base and links neighbours', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, paths.spotlights);
    expect(pages.map((p) => [p.url, p.items, p.prev, p.next])).toEqual([
      ['/spotlights/', [1, 2], undefined, '/spotlights/page/2/'],
      ['/spotlights/page/2/', [3, 4], '/spotlights/', '/spotlights/page/3/'],
      ['/spotlights/page/3/', [5], '/spotlights/page/2/', undefined],
    ]);
  });
  test('an empty list still has one page', () => {
    expect(paginate([], 10, () => '/x/')).toEqual([{ items: [], number: 1, total: 1, url: '/x/' }]);
  });
});

test.each([
  ['people/amara-okafor.md', 'amara-okafor'],
  ['2026/night-shift.mdx', 'night-shift'],
  ['2026\\kudos.yaml', 'kudos'],
  ['zoe\u0308.md', 'zoë'],
])('the id of %s is %s, in NFC', (file, id) => {
  expect(entryId(file)).toBe(id.normalize('NFC'));
});

describe('buildTime', () => {
  test('uses the clock unless INSOURCE_NOW is set', () => {
    const clock = () => new Date('2026-01-01T00:00:00Z');
    expect(buildTime({}, clock)).toEqual(clock());
    expect(buildTime({ INSOURCE_NOW: '2027-02-15' }, clock)).toEqual(new Date('2027-02-15'));
  });
  test('rejects a value that is not a date', () => {
    expect(() => buildTime({ INSOURCE_NOW: 'tomorrow' })).toThrow('INSOURCE_NOW="tomorrow" is not a date');
  });
});

test.each([
  ['Lindenbrook Water', 'L'],
  ['Ørsted & Co', 'Ø'],
  ['"Zoë" Labs', 'Z'],
])('the favicon of %s is an SVG showing %s', (organisation, letter) => {
  const url = drawFavicon(organisation);
  expect(url).toMatch(/^data:image\/svg\+xml,[^#<>" ]+$/);
  const { document } = parseHTML(decodeURIComponent(url.slice('data:image/svg+xml,'.length)));
  expect(document.querySelector('svg text')?.textContent).toBe(letter);
});

describe('checkBudget', () => {
  const passing: PageAudit = {
    page: '/spotlights/a/',
    kind: 'spotlight',
    scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
    bytesWithoutImages: BUDGET.spotlightBytesWithoutImages,
  };
  test('a page on every target passes', () => {
    expect(checkBudget([passing])).toEqual([]);
  });
  test.each([
    [{ scores: { ...passing.scores, performance: 97 } }, '/spotlights/a/: performance scores 97, below the target of 98.'],
    [{ scores: { ...passing.scores, seo: 92 } }, '/spotlights/a/: seo scores 92, below the target of 100.'],
    [{ bytesWithoutImages: 70 * 1024 }, '/spotlights/a/: transfers 70.0 KB without images, over the budget of 60.0 KB.'],
  ])('a page that misses a target is named with the miss: %#', (change, miss) => {
    expect(checkBudget([{ ...passing, ...change }])).toEqual([miss]);
  });
  test('the transfer budget is for spotlight pages only', () => {
    expect(checkBudget([{ ...passing, page: '/', kind: 'home', bytesWithoutImages: 200 * 1024 }])).toEqual([]);
  });
});
