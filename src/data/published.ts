import { globSync } from 'node:fs';
import path from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildTime } from '../lib/buildTime.ts';
import { COLLECTION_FILES } from '../lib/collections.ts';
import { contentDir, publicDir } from '../lib/contentDir.ts';
import { findIdClashes } from '../lib/findIdClashes.ts';
import { findPublicImages } from '../lib/findPublicImages.ts';
import { checkContentImage } from '../lib/images/checkContentImage.ts';
import { formatNoticeLine } from '../lib/buildNotices.ts';
import { publish, type PublishedPerson, type PublishedSpotlight } from '../lib/publication.ts';
import { formatIssues, listImages, validateContent, type ContentIssue } from '../lib/validateContent.ts';
import type { SiteSettings } from '../lib/schema/index.ts';

export type Person = PublishedPerson<CollectionEntry<'people'>>;
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
  const problems = new Map<string, string | undefined>();
  for (const image of listImages(content)) {
    problems.set(`${image.file}\n${image.src}`, await checkContentImage(image.file, image.src));
  }
  const issues = [...checkFiles(), ...validateContent(content, site, { imageProblem: (image) => problems.get(`${image.file}\n${image.src}`) })];
  if (issues.length > 0) throw new ContentError(formatIssues(issues));
  const now = buildTime(process.env);
  const { notices, ...published } = publish(content, site, now);
  // What the rule left out that an editor may not expect (a story naming someone who withdrew, a bio that
  // had to go): one line each, which `npm run build` lists in its summary. Never a failure: a withdrawal or
  // an expiry must take effect at the next scheduled build without anyone's commit.
  for (const notice of notices) console.log(formatNoticeLine(notice));
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

/** Checks the files themselves: names that clash or are not ids, and pictures put where nothing re-encodes them. */
function checkFiles(): ContentIssue[] {
  const dir = contentDir(process.env);
  const collections = Object.entries(COLLECTION_FILES).map(([collection, { folder, pattern }]) => ({
    collection,
    files: globSync(pattern, { cwd: path.join(dir, folder) }).map((file) => path.posix.join(dir, folder, file.split(path.sep).join('/'))),
  }));
  const copiedAsIs = publicDir(process.env);
  const publicFiles = globSync('**/*', { cwd: copiedAsIs }).map((file) => path.posix.join(copiedAsIs, file.split(path.sep).join('/')));
  return [...findIdClashes(collections), ...findPublicImages(publicFiles)];
}
