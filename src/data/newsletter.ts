import { feedHtml } from '../lib/feeds/feedHtml.ts';
import { editionContent, type EditionContent, type EditionImage } from '../lib/newsletter/editionContent.ts';
import { planEdition, type Edition } from '../lib/newsletter/planEdition.ts';
import { htmlToText } from '../lib/newsletter/styleHtml.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';
import { publishedPaths } from './feeds.ts';
import { optimizeContentImage, type ImagePreset } from './images.ts';
import { renderEntryHtml } from './renderHtml.ts';
import { getSite, type AstroEntries, type NewsletterIssue } from './site.ts';

/** One issue: what it shows (the newsletter consent applied) and its content for the feed, email and text editions. */
export type IssueEdition = {
  edition: Edition<AstroEntries>;
  content: EditionContent;
};

let editions: Promise<Map<string, IssueEdition>> | undefined;

/** Every published newsletter issue's editions, newest first, planned once per build. */
export function getEditions(): Promise<Map<string, IssueEdition>> {
  editions ??= load();
  return editions;
}

async function load(): Promise<Map<string, IssueEdition>> {
  const model = await getSite();
  const published = publishedPaths(model);
  const result = new Map<string, IssueEdition>();
  for (const issue of model.newsletter) result.set(issue.id, await editionOf(issue));
  return result;

  async function editionOf(issue: NewsletterIssue): Promise<IssueEdition> {
    const { site } = model;
    const edition = planEdition(model, issue);
    // Photos in the email are the JPEG fallback every image has (many mail clients show no AVIF or WebP).
    const jpeg = async (
      entryFile: string | undefined,
      photo: { src: string; alt: string } | undefined,
      preset: ImagePreset,
    ): Promise<EditionImage | undefined> => {
      if (!entryFile || !photo) return undefined;
      const image = await optimizeContentImage(entryFile, photo.src, preset);
      return { src: absoluteUrl(image.src, site.url), alt: photo.alt, width: image.width, height: image.height };
    };
    const people = new Map<string, EditionImage | undefined>();
    for (const person of edition.department?.members ?? []) people.set(person.id, await jpeg(person.filePath, person.data.photo, 'portrait'));
    const stories = new Map<string, EditionImage | undefined>();
    for (const story of edition.spotlights) stories.set(story.id, await jpeg(story.filePath, story.data.hero, 'hero'));
    const department = edition.department && (await jpeg(edition.department.view.filePath, edition.department.view.data.photo, 'hero'));
    const letterHtml = feedHtml(await renderEntryHtml(issue), {
      pageUrl: absoluteUrl(paths.newsletterIssue(issue.id), site.url),
      isPublished: (path) => published.has(path),
    });
    const content = editionContent(edition, {
      siteName: site.name,
      siteUrl: site.url,
      locale: site.locale,
      badges: site.badges,
      unsubscribe: site.newsletter.unsubscribe,
      letterHtml,
      letterText: htmlToText(letterHtml, []),
      images: { person: (person) => people.get(person.id), story: (story) => stories.get(story.id), department },
    });
    return { edition, content };
  }
}
