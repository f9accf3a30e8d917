import { describe, expect, test } from 'vitest';
import { representativePages, routePattern } from '../helpers/pageTypes.ts';

describe('routePattern', () => {
  test.each([
    ['index.astro', '/', true],
    ['index.astro', '/people/', false],
    ['404.astro', '/404.html', true],
    ['people/index.astro', '/people/', true],
    ['people/[id].astro', '/people/ana/', true],
    ['people/[id].astro', '/people/', false],
    ['people/[id].astro', '/people/ana/more/', false],
    ['spotlights/[...page].astro', '/spotlights/', true],
    ['spotlights/[...page].astro', '/spotlights/page/2/', true],
    ['tags/[tag].astro', '/themes/culture/', false],
    ['newsletter/issue-[id].astro', '/newsletter/issue-2026-02/', true],
  ])('%s makes %s: %s', (route, url, matches) => {
    expect(routePattern(route).test(url)).toBe(matches);
  });
});

test('one page per type is checked, and a paginated list also by its deepest page', () => {
  const pages = representativePages([
    { route: 'index.astro', urls: ['/'] },
    { route: 'people/[id].astro', urls: ['/people/ana/', '/people/bo/'] },
    { route: 'spotlights/[...page].astro', urls: ['/spotlights/', '/spotlights/page/2/', '/spotlights/page/3/'] },
    { route: 'tags/[tag].astro', urls: [] },
  ]);
  expect(pages).toEqual(['/', '/people/ana/', '/spotlights/', '/spotlights/page/2/']);
});
