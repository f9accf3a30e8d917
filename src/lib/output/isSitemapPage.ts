/** Paths that are never listed in the sitemap: the 404 page, share kits, editor previews and email editions. */
const PRIVATE_PATHS = [/^\/404(\.html|\/)?$/, /^\/share\//, /^\/preview\//, /^\/newsletter\/[^/]+\/email(\/|\.html)?$/];

/** Whether a page (an absolute URL, as @astrojs/sitemap passes it) belongs in the sitemap. */
export function isSitemapPage(page: string): boolean {
  const { pathname } = new URL(page);
  return !PRIVATE_PATHS.some((pattern) => pattern.test(pathname));
}
