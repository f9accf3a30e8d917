import { absoluteUrl, paths } from '../urls.ts';

/** The robots.txt of the public site: everything may be crawled, and the sitemap index is at its absolute URL. */
export function robotsTxt(site: URL | string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(paths.sitemap(), String(site))}`, ''].join('\n');
}
