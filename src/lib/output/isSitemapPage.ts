import { isPrivatePage } from '../urls.ts';

/** Whether a page (an absolute URL, as @astrojs/sitemap passes it) belongs in the sitemap: not a private page (see isPrivatePage). */
export function isSitemapPage(page: string): boolean {
  return !isPrivatePage(new URL(page).pathname);
}
