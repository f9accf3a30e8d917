import { CARD_HEIGHT, CARD_WIDTH } from '../cards/layoutCard.ts';
import { xmlSafe } from '../feeds/feedHtml.ts';
import type { FeedItem } from '../feeds/feedItems.ts';
import { absoluteUrl, paths } from '../urls.ts';
import type { EditionContent } from './editionContent.ts';

/** An issue as an item of the newsletter feed: its guid from its `yyyy-mm` id, its content the whole issue. */
export function newsletterFeedItem(issue: EditionContent, contentHtml: string): FeedItem {
  return {
    guid: `${new URL(issue.siteUrl).host}:newsletter:${issue.id}`,
    url: issue.webUrl,
    title: xmlSafe(issue.title),
    summary: xmlSafe(issue.preheader),
    contentHtml: xmlSafe(contentHtml),
    published: issue.date,
    image: { url: absoluteUrl(paths.siteCard(), issue.siteUrl), width: CARD_WIDTH, height: CARD_HEIGHT, type: 'image/png' },
    categories: issue.department ? [xmlSafe(issue.department.name)] : [],
  };
}
