/**
 * Every address the site publishes, in one place: pages, pagination, feeds, images and the files crawlers
 * read. Pages, components, feeds, the sitemap filter, JSON-LD, the build's checks and the tests all take
 * their paths from here, so an address changes in one line. Paths end in `/` (the site builds each page
 * as a folder) except files such as feeds.
 */
/** The folder of the social cards. */
export const CARD_PREFIX = '/cards/';

export const paths = {
  home: () => '/',
  /** The list of stories, newest first: page 1 at /spotlights/, then /spotlights/page/2/ and on. */
  spotlights: (page = 1) => (page <= 1 ? '/spotlights/' : `/spotlights/page/${page}/`),
  spotlight: (id: string) => `/spotlights/${id}/`,
  /** The share kit for a story's people: not linked from navigation, not indexed, not in the sitemap. */
  shareKit: (id: string) => `/spotlights/${id}/share/`,
  theme: (theme: string) => `/themes/${theme}/`,
  tag: (tag: string) => `/tags/${encodeURIComponent(tag)}/`,
  departments: () => '/departments/',
  department: (id: string) => `/departments/${id}/`,
  people: () => '/people/',
  person: (id: string) => `/people/${id}/`,
  search: () => '/search/',
  /** The recognition wall of public kudos, and the same wall filtered by badge or by department. */
  recognition: () => '/recognition/',
  recognitionBadge: (id: string) => `/recognition/badges/${id}/`,
  recognitionDepartment: (id: string) => `/recognition/departments/${id}/`,
  /** People holding any badge, by department. */
  champions: () => '/champions/',
  notFound: () => '/404.html',
  sitemap: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
  /** The 1200x630 social card of a story, person or department (`jpg` when it shows a photo), or of the site. */
  card: (kind: 'spotlight' | 'person' | 'department', id: string, extension: 'png' | 'jpg') => `${CARD_PREFIX}${kind}/${id}.${extension}`,
  siteCard: () => `${CARD_PREFIX}site.png`,
  /** An image the build encoded, by the file name the image pipeline gave it. */
  image: (name: string) => `/_img/${name}`,
  // Feeds: every published story, and each department's stories, as RSS 2.0; the same items as JSON Feed.
  rss: () => '/rss.xml',
  jsonFeed: () => '/feed.json',
  departmentRss: (id: string) => `/departments/${id}/rss.xml`,
  // The newsletter: its archive, one page per issue (by `yyyy-mm`), its feed and each issue's email editions.
  newsletter: () => '/newsletter/',
  newsletterIssue: (id: string) => `/newsletter/${id}/`,
  newsletterRss: () => '/newsletter/rss.xml',
  newsletterEmail: (id: string) => `/newsletter/${id}/email.html`,
  newsletterText: (id: string) => `/newsletter/${id}/email.txt`,
} as const;

/**
 * Pages that have an address but are not for search engines or the sitemap: the 404 page, share kits,
 * editor previews and newsletter email editions.
 */
const PRIVATE_PAGES = [/^\/404(?:\.html|\/)?$/, /^\/spotlights\/[^/]+\/share\/$/, /^\/preview\//, /^\/newsletter\/[^/]+\/email(?:\/|\.html|\.txt)?$/];

/**
 * Whether a path is a newsletter email edition (`email.html`, `email.txt`): built for mail clients, with
 * their conventions (table layout, presentational attributes), so the checks of web pages skip them.
 */
export function isEmailEdition(path: string): boolean {
  return /^\/newsletter\/[^/]+\/email\.(?:html|txt)$/.test(path);
}

/** Whether a path is one of the pages kept out of the sitemap and search engines. */
export function isPrivatePage(path: string): boolean {
  return PRIVATE_PAGES.some((pattern) => pattern.test(path));
}

/** The prefix of every encoded image's address. */
export const IMAGE_PREFIX = paths.image('');

/** An address on the site as an absolute URL, for feeds, link previews, JSON-LD and the sitemap. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}

/** A page that shows one piece of content, as a path names it. */
export type ContentPage =
  { kind: 'spotlight' | 'department' | 'person'; id: string } | { kind: 'theme' | 'tag'; id: string } | { kind: 'spotlights'; page: number };

const CONTENT_PAGES: readonly [RegExp, (match: RegExpExecArray) => ContentPage][] = [
  [/^\/spotlights\/page\/(\d+)\/$/, (m) => ({ kind: 'spotlights', page: Number(m[1]) })],
  [/^\/spotlights\/([^/]+)\/$/, (m) => ({ kind: 'spotlight', id: m[1]! })],
  [/^\/departments\/([^/]+)\/$/, (m) => ({ kind: 'department', id: m[1]! })],
  [/^\/people\/([^/]+)\/$/, (m) => ({ kind: 'person', id: m[1]! })],
  [/^\/themes\/([^/]+)\/$/, (m) => ({ kind: 'theme', id: m[1]! })],
  [/^\/tags\/([^/]+)\/$/, (m) => ({ kind: 'tag', id: decodeURIComponent(m[1]!) })],
];

/** Which piece of content a path (as `paths` writes it) shows, or undefined for any other address. */
export function contentPageOf(path: string): ContentPage | undefined {
  for (const [pattern, page] of CONTENT_PAGES) {
    const match = pattern.exec(path);
    if (match) return page(match);
  }
  return undefined;
}

/** The address where someone asks to change or remove their page: site.yaml `corrections`, `{url}` replaced by the page's address. */
export function correctionsUrl(corrections: string, pageUrl: string): string {
  return corrections.replaceAll('{url}', encodeURIComponent(pageUrl));
}
