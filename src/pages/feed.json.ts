import type { APIRoute } from 'astro';
import { feedItems, storyChannel } from '../data/feeds.ts';
import { getSite } from '../data/site.ts';
import { jsonFeed } from '../lib/feeds/writeFeeds.ts';
import { paths } from '../lib/urls.ts';

/** `/feed.json`: the items of `/rss.xml` as JSON Feed 1.1. */
export const GET: APIRoute = async () => {
  const items = await feedItems((await getSite()).spotlights);
  const json = jsonFeed(await storyChannel(paths.jsonFeed(), paths.home()), items);
  return new Response(json, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
