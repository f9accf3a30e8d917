import { describe, expect, test } from 'vitest';
import { absoluteUrl, contentPageOf, correctionsUrl, paths } from '../../src/lib/urls.ts';

describe('every address comes from one module', () => {
  test.each([
    [paths.home(), '/'],
    [paths.spotlights(), '/spotlights/'],
    [paths.spotlights(1), '/spotlights/'],
    [paths.spotlights(3), '/spotlights/page/3/'],
    [paths.spotlight('night-shift'), '/spotlights/night-shift/'],
    [paths.theme('csr'), '/themes/csr/'],
    [paths.tag('water-quality'), '/tags/water-quality/'],
    [paths.department('the-lab'), '/departments/the-lab/'],
    [paths.person('ada-lovelace'), '/people/ada-lovelace/'],
    [paths.image('0123456789ab-480.jpg'), '/_img/0123456789ab-480.jpg'],
  ])('%s is %s', (path, expected) => {
    expect(path).toBe(expected);
  });

  test('a corrections address names the page it is about, encoded', () => {
    expect(correctionsUrl('https://forms.example/fix?page={url}', 'https://n.example/people/ada/')).toBe(
      'https://forms.example/fix?page=https%3A%2F%2Fn.example%2Fpeople%2Fada%2F',
    );
    expect(correctionsUrl('mailto:people@example.org', 'https://n.example/people/ada/')).toBe('mailto:people@example.org');
  });

  test('absolute URLs are made on the site address', () => {
    expect(absoluteUrl(paths.person('ada'), 'https://news.example.org/')).toBe('https://news.example.org/people/ada/');
  });

  test.each([
    [paths.spotlight('night-shift'), { kind: 'spotlight', id: 'night-shift' }],
    [paths.person('ada'), { kind: 'person', id: 'ada' }],
    [paths.department('lab'), { kind: 'department', id: 'lab' }],
    [paths.tag('river'), { kind: 'tag', id: 'river' }],
    [paths.theme('csr'), { kind: 'theme', id: 'csr' }],
    [paths.spotlights(2), { kind: 'spotlights', page: 2 }],
    ['/spotlights/', undefined],
    ['/people/ada/extra/', undefined],
    ['/search/', undefined],
  ])('%s shows %j', (path, page) => {
    expect(contentPageOf(path)).toEqual(page);
  });
});
