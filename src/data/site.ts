import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { encodeShownImages } from './images.ts';
import { buildTime } from '../lib/publication/buildTime.ts';
import { checkContentFolder } from '../lib/content/checkContentFolder.ts';
import { checkEntries } from '../lib/content/checkEntries.ts';
import { contentDir, isPreviewBuild, publicDir } from '../lib/content/contentDir.ts';
import { PREVIEW_NOW, previewContent, type HeldBack } from '../lib/publication/preview.ts';
import { MISSING_SITE } from '../lib/content/parseContent.ts';
import { readContentFolder } from '../lib/content/readContentFolder.ts';
import { findUnrendered } from '../lib/content/renderCache.ts';
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

export type Site = SiteModel<AstroEntries> & {
  /** True in an editor's preview build (`npm run preview:build`), never in the public one. */
  preview: boolean;
  /** In a preview, what holds each entry back from the public site, by `collection:id`; empty otherwise. */
  held: HeldBack;
};
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
  // A Markdown file whose render failed is kept without text: it must never be published as an empty page.
  const unrendered = findUnrendered([...people, ...departments, ...spotlights, ...kudos, ...newsletter]);
  const issues = [...unrendered, ...checkContentFolder(folder), ...checkEntries(content, site, now, await readImageFacts(content))];
  if (issues.length > 0) throw new ContentError(formatIssues(issues));
  // A preview lifts what holds drafts and people without consent back, and keeps why for a banner; nothing
  // held back gets share links, a card or a place in a newsletter.
  const preview = isPreviewBuild(process.env);
  const { content: shown, held } = preview ? previewContent(content, site, now) : { content, held: new Map<string, string[]>() };
  const { notices, ...published } = publish(shown, site, preview ? PREVIEW_NOW : now);
  for (const person of published.people)
    if (held.has(`people:${person.id}`)) Object.assign(person, { shareable: false, previewImage: false, inNewsletter: false });
  for (const story of published.spotlights) if (held.has(`spotlights:${story.id}`)) Object.assign(story, { shareable: false, previewImage: false });
  // What the rule left out that an editor may not expect (a story naming someone who withdrew, a bio that
  // had to go): one line each, which `npm run build` lists in its summary. Never a failure: a withdrawal or
  // an expiry must take effect at the next scheduled build without anyone's commit.
  for (const notice of notices) console.log(formatNoticeLine(notice));
  const model = resolveSite<AstroEntries>(published, site, now, THEMES);
  // A newsletter issue goes out with published stories only, in a preview too.
  for (const issue of model.newsletter) issue.spotlights = issue.spotlights.filter((story) => !held.has(`spotlights:${story.id}`));
  // Encode what the published model shows on both cores now, so that pages only find cache hits.
  await encodeShownImages(model);
  return { ...model, preview, held };
}
