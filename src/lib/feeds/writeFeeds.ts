import { getRssString } from '@astrojs/rss';
import { xmlSafe } from './feedHtml.ts';
import type { FeedItem } from './feedItems.ts';

/** What a feed is about and where it lives. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed follows (absolute). */
  homeUrl: string;
  /** The feed's own address (absolute), for `atom:link rel="self"` and JSON Feed's `feed_url`. */
  feedUrl: string;
  /** BCP 47 language tag. */
  language: string;
  /** The channel's image (absolute), such as the site's card. */
  image: string;
  /** When the feed was built. */
  built: Date;
}

const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

const escape = (text: string) => xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The items as RSS 2.0: `content:encoded` with the whole HTML, a guid that is not a permalink (so editing
 * or moving a story never makes readers see it twice), `media:content` for its image, `dc:creator` for
 * its author, and a channel with language, self link, image and build date.
 */
export function rssFeed(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
  const image = `<image><url>${escape(channel.image)}</url><title>${escape(channel.title)}</title><link>${escape(channel.homeUrl)}</link></image>`;
  return getRssString({
    title: xmlSafe(channel.title),
    description: xmlSafe(channel.description),
    site: channel.homeUrl,
    xmlns: NAMESPACES,
    customData: [
      `<language>${escape(channel.language)}</language>`,
      `<atom:link href="${escape(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
      image,
      `<lastBuildDate>${channel.built.toUTCString()}</lastBuildDate>`,
    ].join(''),
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      content: item.contentHtml,
      categories: item.categories,
      customData: [
        `<guid isPermaLink="false">${escape(item.guid)}</guid>`,
        `<media:content url="${escape(item.image.url)}" medium="image" type="${item.image.type}" width="${item.image.width}" height="${item.image.height}"/>`,
        item.author ? `<dc:creator>${escape(item.author.name)}</dc:creator>` : '',
      ].join(''),
    })),
  });
}

/** The items as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: channel.title,
      home_page_url: channel.homeUrl,
      feed_url: channel.feedUrl,
      description: channel.description,
      language: channel.language,
      icon: channel.image,
      items: items.map((item) => ({
        id: item.guid,
        url: item.url,
        title: item.title,
        summary: item.summary,
        content_html: item.contentHtml,
        image: item.image.url,
        date_published: item.published.toISOString(),
        tags: item.categories,
        ...(item.author ? { authors: [{ name: item.author.name, url: item.author.url }] } : {}),
      })),
    },
    null,
    2,
  );
}
