import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildTime } from '../lib/publication/buildTime.ts';
import { checkContentFolder } from '../lib/content/checkContentFolder.ts';
import { checkEntries } from '../lib/content/checkEntries.ts';
import { contentDir, publicDir } from '../lib/content/contentDir.ts';
import { MISSING_SITE } from '../lib/content/parseContent.ts';
import { readContentFolder } from '../lib/content/readContentFolder.ts';
import { readImageFacts } from '../lib/images/readImageFacts.ts';
import { formatNoticeLine } from '../lib/output/buildNotices.ts';
import { publish } from '../lib/publication/publish.ts';
import { ContentError, formatIssues } from '../lib/errors.ts';
import { THEMES } from '../lib/content/schema/index.ts';
import {
  resolveSite,
  type DepartmentView,
  type EntryKinds,
  type IssueView,
  type KudosView,
  type PersonView,
  type SiteModel,
  type SpotlightView,
} from '../lib/publication/resolveSite.ts';

/** Astro's collection entries, as the resolved model carries them (so pages can render their bodies). */
export interface AstroEntries extends EntryKinds {
  people: CollectionEntry<'people'>;
  departments: CollectionEntry<'departments'>;
  spotlights: CollectionEntry<'spotlights'>;
  kudos: CollectionEntry<'kudos'>;
  newsletter: CollectionEntry<'newsletter'>;
}

export type Site = SiteModel<AstroEntries>;
export type Person = PersonView<AstroEntries>;
export type Department = DepartmentView<AstroEntries>;
export type Spotlight = SpotlightView<AstroEntries>;
export type Kudos = KudosView<AstroEntries>;
export type NewsletterIssue = IssueView<AstroEntries>;

let loaded: Promise<Site> | undefined;

/**
 * The published site, resolved: loaded, checked and published once per build. This module is the only one
 * that reads `astro:content` collections; pages and components get the objects they show from here.
 */
export function getSite(): Promise<Site> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Site> {
  const siteEntry = await getEntry('site', 'site');
  if (!siteEntry) throw new ContentError(MISSING_SITE);
  const site = siteEntry.data;
  const [people, departments, spotlights, kudos, newsletter] = await Promise.all([
    getCollection('people'),
    getCollection('departments'),
    getCollection('spotlights'),
    getCollection('kudos'),
    getCollection('newsletter'),
  ]);
  const content = { people, departments, spotlights, kudos, newsletter };
  const now = buildTime(process.env);
  const folder = readContentFolder(contentDir(process.env), publicDir(process.env));
  const issues = [...checkContentFolder(folder), ...checkEntries(content, site, now, await readImageFacts(content))];
  if (issues.length > 0) throw new ContentError(formatIssues(issues));
  const { notices, ...published } = publish(content, site, now);
  // What the rule left out that an editor may not expect (a story naming someone who withdrew, a bio that
  // had to go): one line each, which `npm run build` lists in its summary. Never a failure: a withdrawal or
  // an expiry must take effect at the next scheduled build without anyone's commit.
  for (const notice of notices) console.log(formatNoticeLine(notice));
  return resolveSite<AstroEntries>(published, site, now, THEMES);
}
