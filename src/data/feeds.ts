import { feedHtml } from '../lib/feeds/feedHtml.ts';
import { storyFeedItem, type FeedItem } from '../lib/feeds/feedItems.ts';
import { newestStories } from '../lib/feeds/newestStories.ts';
import type { FeedChannel } from '../lib/feeds/writeFeeds.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';
import { cardOf } from '../lib/cards/planCards.ts';
import { getCards } from './cards.ts';
import { optimizeContentImage } from './images.ts';
import { renderEntryHtml } from './renderHtml.ts';
import { getSite, type Site, type Spotlight } from './site.ts';

const items = new Map<string, Promise<FeedItem>>();

/**
 * The newest stories of a list (all stories, or a department's) as feed items, as many as `feedItems` in
 * site.yaml: a feed is for what is new, and readers and mail tools fetch it often. Each story's item is
 * rendered once per build, whichever feeds show it. A preview shows drafts on its pages, never in its feeds.
 */
export async function feedItems(stories: readonly Spotlight[]): Promise<FeedItem[]> {
  const model = await getSite();
  const newest = newestStories(stories, model.site.feedItems, (id) => model.held.has(`spotlights:${id}`));
  return Promise.all(
    newest.map((story) => {
      if (!items.has(story.id)) items.set(story.id, buildItem(model, story));
      return items.get(story.id)!;
    }),
  );
}

/** The channel of a feed of the site's stories: the site's name, language and card. */
export async function storyChannel(feedPath: string, homePath: string, about?: { title: string; description: string }): Promise<FeedChannel> {
  const { site, now } = await getSite();
  return {
    title: about ? `${about.title} · ${site.name}` : site.name,
    description: about?.description ?? site.description,
    homeUrl: absoluteUrl(homePath, site.url),
    feedUrl: absoluteUrl(feedPath, site.url),
    language: site.locale,
    image: absoluteUrl(paths.siteCard(), site.url),
    built: now,
  };
}

let published: Set<string> | undefined;

async function buildItem(model: Site, story: Spotlight): Promise<FeedItem> {
  const cards = await getCards();
  published ??= publishedPaths(model);
  const contentHtml = feedHtml(await renderEntryHtml(story), {
    pageUrl: absoluteUrl(paths.spotlight(story.id), model.site.url),
    isPublished: (path) => published!.has(path),
    lead: await leadImage(story),
  });
  // A preview shows people whose consent lapsed; a feed never names them.
  const author = story.author && !model.held.has(`people:${story.author.id}`) ? story.author : undefined;
  return storyFeedItem({ ...story, author }, { siteUrl: model.site.url, contentHtml, cardPath: cardOf(cards, `spotlight:${story.id}`).path });
}

/** The content pages the build publishes, as `paths` writes them: links to any other content page lose their tags. */
export function publishedPaths(model: Site): Set<string> {
  // In a preview, drafts have pages but are not published: feeds and editions never link to them.
  const shown = <T extends { id: string }>(collection: string, entries: T[]) => entries.filter((entry) => !model.held.has(`${collection}:${entry.id}`));
  return new Set([
    ...shown('spotlights', model.spotlights).map((story) => paths.spotlight(story.id)),
    ...shown('people', model.people).map((person) => paths.person(person.id)),
    ...model.departments.map((department) => paths.department(department.id)),
    ...[...model.themes.keys()].map(paths.theme),
    ...[...model.tags.keys()].map(paths.tag),
  ]);
}

async function leadImage(story: Spotlight) {
  const hero = story.data.hero;
  if (!hero) return undefined;
  const image = await optimizeContentImage(story.filePath!, hero.src, 'hero');
  return { src: image.src, width: image.width, height: image.height, alt: hero.alt };
}
