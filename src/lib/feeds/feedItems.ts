import { CARD_HEIGHT, CARD_WIDTH } from '../cards/layoutCard.ts';
import type { Theme } from '../content/schema/index.ts';
import { THEME_INFO } from '../pages/themes.ts';
import { absoluteUrl, paths } from '../urls.ts';
import { xmlSafe } from './feedHtml.ts';

/** One entry of a feed, whatever its format: RSS 2.0 and JSON Feed are written from the same items. */
export interface FeedItem {
  /** Never changes once published: made from the story's id, not its address, title or text. */
  guid: string;
  url: string;
  title: string;
  summary: string;
  /** The whole story as HTML with absolute addresses. */
  contentHtml: string;
  published: Date;
  /** The image readers show beside the item: the story's social card, or the site's. */
  image: { url: string; width: number; height: number; type: 'image/png' | 'image/jpeg' };
  /** Theme, department and tags, as readers show them. */
  categories: string[];
  /** The author, only when they are public. */
  author?: { name: string; url: string } | undefined;
}

/** What an item is built from: a published story, as the resolved model carries it. */
export interface FeedStory {
  id: string;
  data: { title: string; summary: string; date: Date; theme: Theme; tags: readonly string[] };
  department: { data: { name: string } };
  author?: { id: string; data: { name: string } } | undefined;
}

/** The stable identifier of a story in every feed: its id, scoped to the site's host. */
export function storyGuid(siteUrl: string, id: string): string {
  return `${new URL(siteUrl).host}:spotlight:${id}`;
}

/**
 * A published story as a feed item: its address, stable guid, summary, rendered HTML (see feedHtml), the
 * card its link previews show (the site's when the story has none) and its categories.
 */
export function storyFeedItem(story: FeedStory, options: { siteUrl: string; contentHtml: string; cardPath: string }): FeedItem {
  const absolute = (path: string) => absoluteUrl(path, options.siteUrl);
  return {
    guid: storyGuid(options.siteUrl, story.id),
    url: absolute(paths.spotlight(story.id)),
    title: xmlSafe(story.data.title),
    summary: xmlSafe(story.data.summary),
    contentHtml: options.contentHtml,
    published: story.data.date,
    image: {
      url: absolute(options.cardPath),
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      type: options.cardPath.endsWith('.jpg') ? 'image/jpeg' : 'image/png',
    },
    categories: [...new Set([THEME_INFO[story.data.theme].label, story.department.data.name, ...story.data.tags])].map(xmlSafe),
    author: story.author && { name: xmlSafe(story.author.data.name), url: absolute(paths.person(story.author.id)) },
  };
}
