import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems, storyChannel } from '../../../data/feeds.ts';
import { getSite, type Department } from '../../../data/site.ts';
import { rssFeed } from '../../../lib/feeds/writeFeeds.ts';
import { paths } from '../../../lib/urls.ts';

/** `/departments/<id>/rss.xml`: one department's newest published stories, for newsletter segments. */
export const getStaticPaths = (async () => {
  const { departments } = await getSite();
  return departments.map((department) => ({ params: { id: department.id }, props: { department } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ department: Department }> = async ({ props: { department } }) => {
  const items = await feedItems(department.stories);
  const channel = await storyChannel(paths.departmentRss(department.id), paths.department(department.id), {
    title: department.data.name,
    description: department.data.summary,
  });
  return new Response(await rssFeed(channel, items), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
