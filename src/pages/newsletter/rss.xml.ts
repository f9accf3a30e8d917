import type { APIRoute } from 'astro';
import { getEditions } from '../../data/newsletter.ts';
import { getSite } from '../../data/site.ts';
import { emailBody } from '../../lib/newsletter/emailHtml.ts';
import { newsletterFeedItem } from '../../lib/newsletter/newsletterFeed.ts';
import { rssFeed } from '../../lib/feeds/writeFeeds.ts';
import { absoluteUrl, paths } from '../../lib/urls.ts';

/** `/newsletter/rss.xml`: one item per published issue whose content is the whole issue, for RSS-to-email tools. */
export const GET: APIRoute = async () => {
  const { site, now, held } = await getSite();
  // A preview shows issues not yet approved on its pages, never in its feed.
  const items = [...(await getEditions())]
    .filter(([id]) => !held.has(`newsletter:${id}`))
    .map(([, { content }]) => newsletterFeedItem(content, emailBody(content)));
  const channel = {
    title: `${site.name} newsletter`,
    description: site.description,
    homeUrl: absoluteUrl(paths.newsletter(), site.url),
    feedUrl: absoluteUrl(paths.newsletterRss(), site.url),
    language: site.locale,
    image: absoluteUrl(paths.siteCard(), site.url),
    built: now,
  };
  return new Response(await rssFeed(channel, items), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
