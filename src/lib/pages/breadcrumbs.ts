import { paths } from '../urls.ts';

/** One step of a breadcrumb trail. */
export interface Crumb {
  label: string;
  href: string;
}

/** The deep pages that show a breadcrumb trail, with what their trail needs to know. */
export type BreadcrumbPage =
  | { kind: 'spotlight'; id: string; title: string }
  | { kind: 'spotlights'; page: number }
  | { kind: 'theme'; theme: string; label: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'department'; id: string; name: string }
  | { kind: 'person'; id: string; name: string };

const HOME: Crumb = { label: 'Home', href: paths.home() };
const SPOTLIGHTS: Crumb = { label: 'Spotlights', href: paths.spotlights() };

/** The trail from the home page to a deep page; the last crumb is the page itself. */
export function breadcrumbs(page: BreadcrumbPage): Crumb[] {
  switch (page.kind) {
    case 'spotlight':
      return [HOME, SPOTLIGHTS, { label: page.title, href: paths.spotlight(page.id) }];
    case 'spotlights':
      return page.page === 1 ? [HOME, SPOTLIGHTS] : [HOME, SPOTLIGHTS, { label: `Page ${page.page}`, href: paths.spotlights(page.page) }];
    case 'theme':
      return [HOME, SPOTLIGHTS, { label: page.label, href: paths.theme(page.theme) }];
    case 'tag':
      return [HOME, SPOTLIGHTS, { label: `#${page.tag}`, href: paths.tag(page.tag) }];
    case 'department':
      return [HOME, { label: 'Departments', href: paths.departments() }, { label: page.name, href: paths.department(page.id) }];
    case 'person':
      return [HOME, { label: 'People', href: paths.people() }, { label: page.name, href: paths.person(page.id) }];
  }
}
