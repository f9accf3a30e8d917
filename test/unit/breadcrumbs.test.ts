import { expect, test } from 'vitest';
import { breadcrumbs, type BreadcrumbPage } from '../../src/lib/pages/breadcrumbs.ts';

const trail = (page: BreadcrumbPage) => breadcrumbs(page).map((crumb) => `${crumb.label} ${crumb.href}`);

test.each<[string, BreadcrumbPage, string[]]>([
  [
    'a spotlight',
    { kind: 'spotlight', id: 'the-buddy-system', title: 'The buddy system' },
    ['Home /', 'Spotlights /spotlights/', 'The buddy system /spotlights/the-buddy-system/'],
  ],
  ['a later page of spotlights', { kind: 'spotlights', page: 3 }, ['Home /', 'Spotlights /spotlights/', 'Page 3 /spotlights/page/3/']],
  ['the first page of spotlights', { kind: 'spotlights', page: 1 }, ['Home /', 'Spotlights /spotlights/']],
  ['a theme', { kind: 'theme', theme: 'csr', label: 'Community' }, ['Home /', 'Spotlights /spotlights/', 'Community /themes/csr/']],
  ['a tag', { kind: 'tag', tag: 'night-shift' }, ['Home /', 'Spotlights /spotlights/', '#night-shift /tags/night-shift/']],
  [
    'a department',
    { kind: 'department', id: 'engineering', name: 'Engineering' },
    ['Home /', 'Departments /departments/', 'Engineering /departments/engineering/'],
  ],
  ['a person', { kind: 'person', id: 'amara-okafor', name: 'Amara Okafor' }, ['Home /', 'People /people/', 'Amara Okafor /people/amara-okafor/']],
])('the trail to %s starts at home and ends at the page itself', (_, page, expected) => {
  expect(trail(page)).toEqual(expected);
});
