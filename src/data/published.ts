import { existsSync } from 'node:fs';
import path from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildTime } from '../lib/buildTime.ts';
import { publish, type PublishedSpotlight } from '../lib/publication.ts';
import { formatIssues, validateContent } from '../lib/validateContent.ts';
import type { SiteSettings } from '../lib/schema/index.ts';

export type Person = CollectionEntry<'people'>;
export type Department = CollectionEntry<'departments'>;
export type Spotlight = PublishedSpotlight<CollectionEntry<'spotlights'>>;
export type Kudos = CollectionEntry<'kudos'>;
export type NewsletterIssue = CollectionEntry<'newsletter'>;

/** Everything the site may show, with lookups. Pages read content only through this. */
export interface SiteData {
  site: SiteSettings;
  now: Date;
  people: Person[];
  departments: Department[];
  spotlights: Spotlight[];
  kudos: Kudos[];
  newsletter: NewsletterIssue[];
  person: (id: string) => Person | undefined;
  department: (id: string) => Department | undefined;
}

/** Thrown when content breaks a rule the schemas cannot express; the message is for the editor. */
export class ContentError extends Error {
  override name = 'ContentError';
}

let loaded: Promise<SiteData> | undefined;

/** Loads, checks and publishes all content once per build. */
export function getSiteData(): Promise<SiteData> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteData> {
  const siteEntry = await getEntry('site', 'site');
  if (!siteEntry) throw new ContentError('content/site.yaml is missing: every site needs one (see docs/content.md).');
  const site = siteEntry.data;
  const [people, departments, spotlights, kudos, newsletter] = await Promise.all([
    getCollection('people'),
    getCollection('departments'),
    getCollection('spotlights'),
    getCollection('kudos'),
    getCollection('newsletter'),
  ]);
  const content = { people, departments, spotlights, kudos, newsletter };
  const issues = validateContent(content, site, {
    imageExists: (file, src) => existsSync(path.resolve(path.dirname(file), src)),
  });
  if (issues.length > 0) throw new ContentError(formatIssues(issues));
  const now = buildTime(process.env);
  const published = publish(content, site, now);
  const people_ = new Map(published.people.map((person) => [person.id, person]));
  const departments_ = new Map(published.departments.map((department) => [department.id, department]));
  return {
    site,
    now,
    ...published,
    person: (id) => people_.get(id),
    department: (id) => departments_.get(id),
  };
}
