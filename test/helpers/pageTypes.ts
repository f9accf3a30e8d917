import path from 'node:path';
import { listFiles } from '../../scripts/lib/files.ts';
import { isEmailEdition } from '../../src/lib/urls.ts';

/** One page type: a route file in src/pages and the built pages it made. */
export interface PageType {
  /** The route file, relative to src/pages, such as `spotlights/[id].astro`. */
  route: string;
  /** URL paths of its built pages, sorted, such as `/spotlights/morning-samples/`. */
  urls: string[];
}

const PAGE_EXTENSIONS = new Set(['.astro', '.md', '.mdx', '.html']);
const REST = /^\[\.\.\.[^\]]+\]$/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A route file's URL segments: `spotlights/[id].astro` is `['spotlights', '[id]']`. */
const segmentsOf = (route: string) => route.replace(/\.[^./]+$/, '').split('/');

/** The URL path a built HTML file (relative to the output folder) is served at: `a/index.html` is `/a/`, `404.html` stays `/404.html`. */
export function urlOfFile(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Whether a built file (relative to the output folder) is a web page: HTML, and not a newsletter email edition. */
export function isWebPage(file: string): boolean {
  return file.endsWith('.html') && !isEmailEdition(urlOfFile(file));
}

/** A regular expression for the URL paths a route file makes, with Astro's `[param]` and `[...rest]`. */
export function routePattern(route: string): RegExp {
  const segments = segmentsOf(route);
  if (segments.length === 1 && /^(404|500)$/.test(segments[0]!)) return new RegExp(`^/${segments[0]}\\.html$`);
  if (segments.at(-1) === 'index') segments.pop();
  let source = '^/';
  for (const segment of segments) {
    if (REST.test(segment)) source += '(?:.+/)?';
    else
      source += `${segment
        .split(/(\[[^\]]+\])/)
        .map((part) => (part.startsWith('[') ? '[^/]+' : escapeRegExp(part)))
        .join('')}/`;
  }
  return new RegExp(`${source}$`);
}

/** Orders routes the way Astro matches them: fewer rest parameters, then fewer parameters, then deeper first. */
function specificity(route: string): number[] {
  const segments = segmentsOf(route);
  return [segments.filter((s) => REST.test(s)).length, segments.filter((s) => s.includes('[')).length, -segments.length];
}

function compareRoutes(a: string, b: string): number {
  const [x, y] = [specificity(a), specificity(b)];
  const differs = x.findIndex((value, i) => value !== y[i]);
  return differs === -1 ? a.localeCompare(b) : x[differs]! - y[differs]!;
}

/** The page routes in a src/pages folder (endpoints such as `rss.xml.ts` and `_private` files left out). */
export async function listRoutes(pagesDir: string): Promise<string[]> {
  return (await listFiles(pagesDir))
    .filter((route) => PAGE_EXTENSIONS.has(path.extname(route)))
    .filter((route) => !route.split('/').some((segment) => segment.startsWith('_')))
    .sort(compareRoutes);
}

/**
 * Groups every built HTML page under the route that made it, so a check over "every page type" covers a
 * new route as soon as it exists. `unmatched` lists pages no route explains.
 */
export async function findPageTypes(outDir: string, pagesDir: string): Promise<{ types: PageType[]; unmatched: string[] }> {
  const routes = await listRoutes(pagesDir);
  const types = routes.map((route) => ({ route, pattern: routePattern(route), urls: [] as string[] }));
  const unmatched: string[] = [];
  const urls = (await listFiles(outDir)).filter(isWebPage).map(urlOfFile).sort();
  for (const url of urls) {
    const type = types.find((candidate) => candidate.pattern.test(url));
    if (type) type.urls.push(url);
    else unmatched.push(url);
  }
  return { types: types.map(({ route, urls: pages }) => ({ route, urls: pages })), unmatched };
}

/**
 * One page per type, the first in URL order; for a route with a rest parameter (pagination) also its
 * deepest page, such as `/spotlights/page/2/`, when there is one.
 */
export function representativePages(types: PageType[]): string[] {
  return types.flatMap(({ route, urls }) => {
    const first = urls[0];
    if (first === undefined) return [];
    const deepest = urls.reduce((a, b) => (b.split('/').length > a.split('/').length ? b : a), first);
    return segmentsOf(route).some((segment) => REST.test(segment)) && deepest !== first ? [first, deepest] : [first];
  });
}
