import { expect, test } from 'vitest';
import { isSitemapPage } from '../../src/lib/output/isSitemapPage.ts';
import { robotsTxt } from '../../src/lib/output/robotsTxt.ts';

test.each([
  ['https://stories.example/', true],
  ['https://stories.example/spotlights/the-buddy-system/', true],
  ['https://stories.example/search/', true],
  ['https://stories.example/newsletter/2026-02/', true],
  ['https://stories.example/people/share-alike/', true],
  ['https://stories.example/404/', false],
  ['https://stories.example/404.html', false],
  ['https://stories.example/spotlights/the-buddy-system/share/', false],
  ['https://stories.example/spotlights/share/', true],
  ['https://stories.example/preview/draft-story/', false],
  ['https://stories.example/newsletter/2026-02/email/', false],
  ['https://stories.example/newsletter/2026-02/email.html', false],
])('%s is in the sitemap: %s', (page, expected) => {
  expect(isSitemapPage(page)).toBe(expected);
});

test('robots.txt points crawlers to the absolute URL of the sitemap index', () => {
  const lines = robotsTxt('https://stories.example').split('\n');
  expect(lines).toContain('User-agent: *');
  expect(lines).toContain('Sitemap: https://stories.example/sitemap-index.xml');
});
