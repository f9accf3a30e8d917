import { suggest } from '../content/suggest.ts';

/** A page that content defines but this build does not publish. */
export interface UnpublishedPage {
  /** Why, worded for the editor, such as "that person is not public (consent is withdrawn)". */
  why: string;
}

/** What one build holds, for telling where a link goes. */
export interface BuiltSite {
  /** The site's public address, `url` in site.yaml: absolute links to it are links within the site. */
  siteUrl: string;
  /** Every file of the built site as a URL path, such as /people/ada/index.html or /robots.txt. */
  files: ReadonlySet<string>;
  /** Pages that content defines and this build leaves out, by URL path such as /people/ada/. */
  unpublished: ReadonlyMap<string, UnpublishedPage>;
}

/** Where a link goes. */
export type LinkTarget =
  /** Another site, or a mailto: or tel: address: not checked. */
  | { kind: 'external' }
  /** A page or file of this build (or the same page). */
  | { kind: 'published'; path: string }
  /** A page of content that exists but is not public in this build. */
  | { kind: 'unpublished'; path: string; page: UnpublishedPage }
  /** Nothing: a typo or a page that was never made; `closest` is the likeliest intended page. */
  | { kind: 'missing'; path: string; closest?: string | undefined };

/**
 * A mail tool's merge tag used as an address, such as the newsletter's unsubscribe link: Mailchimp's
 * `*|UNSUB|*`, Buttondown's `{{ unsubscribe_url }}`, MailerLite's `{$unsubscribe}`, Kit's `{{ unsubscribe_url }}`,
 * Campaign Monitor's `[unsubscribe]`. The mail tool fills it in when it sends the email.
 */
export function isMergeTag(href: string): boolean {
  return /^\s*(?:\*\|[^|]+\|\*|\{\{[^}]+\}\}|\{\$[^}]+\}|\[[a-z_]+\]|%[a-z_]+%)\s*$/i.test(href);
}

/**
 * Tells where a link on a built page goes: elsewhere, to a page or file of the build, to content that is not
 * public, or to nothing. Site-relative, relative and absolute links to the site's own address count alike;
 * a #fragment or ?query does not change the page, percent-encoding is decoded, and a page may be written
 * with or without its trailing slash. A path whose last part has an extension (/_img/..., /robots.txt) is a
 * file, never a page.
 */
export function classifyLink(href: string, pagePath: string, site: BuiltSite): LinkTarget {
  if (isMergeTag(href)) return { kind: 'external' };
  const own = new URL(site.siteUrl);
  let url: URL;
  try {
    url = new URL(href.trim(), new URL(pagePath, own.origin));
  } catch {
    return { kind: 'missing', path: href };
  }
  if (!/^https?:$/.test(url.protocol) || url.host !== own.host) return { kind: 'external' };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname).normalize('NFC');
  } catch {
    return { kind: 'missing', path: url.pathname };
  }
  if (/\.[a-z0-9]+$/i.test(path)) return site.files.has(path) ? { kind: 'published', path } : { kind: 'missing', path };
  if (!path.endsWith('/') && site.files.has(path)) return { kind: 'published', path };
  const page = path.endsWith('/') ? path : `${path}/`;
  if (site.files.has(`${page}index.html`)) return { kind: 'published', path: page };
  const unpublished = site.unpublished.get(page);
  if (unpublished) return { kind: 'unpublished', path: page, page: unpublished };
  const pages = [...site.files].filter((file) => file.endsWith('/index.html')).map((file) => file.slice(0, -'index.html'.length));
  return { kind: 'missing', path: page, closest: closestPage(page, [...pages, ...site.unpublished.keys()]) };
}

/** The page a mistyped path most likely meant: a near name in the same folder, else a near path anywhere. */
function closestPage(page: string, pages: readonly string[]): string | undefined {
  const folder = (path: string) => path.replace(/[^/]+\/$/, '');
  const name = (path: string) => path.slice(folder(path).length, -1);
  const siblings = pages.filter((candidate) => candidate !== folder(page) && folder(candidate) === folder(page));
  if (siblings.length > 0) {
    const match = suggest(name(page), siblings.map(name));
    return match === undefined ? undefined : `${folder(page)}${match}/`;
  }
  return suggest(page, pages);
}
