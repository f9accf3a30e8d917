import type { APIRoute } from 'astro';
import { feedItems, storyChannel } from '../data/feeds.ts';
import { getSite } from '../data/site.ts';
import { rssFeed } from '../lib/feeds/writeFeeds.ts';
import { paths } from '../lib/urls.ts';

/** `/rss.xml`: the newest published stories (`feedItems` in site.yaml), each with its whole text. */
export const GET: APIRoute = async () => {
  const items = await feedItems((await getSite()).spotlights);
  const xml = await rssFeed(await storyChannel(paths.rss(), paths.home()), items);
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
