// Transitional: pages move to getSite() from ./site.ts, which hands them resolved objects.
import { getSite, type Site } from './site.ts';

export type { Department, Kudos, NewsletterIssue, Person, Spotlight } from './site.ts';

export type SiteData = Site & {
  person: (id: string) => Site['people'][number] | undefined;
  department: (id: string) => Site['departments'][number] | undefined;
};

export async function getSiteData(): Promise<SiteData> {
  const site = await getSite();
  return {
    ...site,
    person: (id) => site.people.find((person) => person.id === id),
    department: (id) => site.departments.find((department) => department.id === id),
  };
}
