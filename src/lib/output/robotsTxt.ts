import { absoluteUrl, paths } from '../urls.ts';

/**
 * The robots.txt of the public site: everything may be crawled, and the sitemap index is at its absolute URL.
 * An editor's preview is closed to crawlers altogether.
 */
export function robotsTxt(site: URL | string, options: { preview?: boolean } = {}): string {
  if (options.preview) return ['User-agent: *', 'Disallow: /', ''].join('\n');
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(paths.sitemap(), String(site))}`, ''].join('\n');
}
