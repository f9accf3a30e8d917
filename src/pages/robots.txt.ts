import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/output/robotsTxt.ts';
import { isPreviewBuild } from '../lib/content/contentDir.ts';

/** `/robots.txt`, pointing crawlers to the sitemap of the configured site URL. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs the site URL: set `url` in content/site.yaml.');
  return new Response(robotsTxt(site, { preview: isPreviewBuild(process.env) }), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
