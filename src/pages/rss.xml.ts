import type { APIRoute } from 'astro';
import { getFeedItems, storyChannel } from '../data/feeds.ts';
import { rssFeed } from '../lib/feeds/writeFeeds.ts';
import { paths } from '../lib/urls.ts';

/** `/rss.xml`: every published story, newest first, with its whole text. */
export const GET: APIRoute = async () => {
  const items = [...(await getFeedItems()).values()];
  const xml = await rssFeed(await storyChannel(paths.rss(), paths.home()), items);
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
