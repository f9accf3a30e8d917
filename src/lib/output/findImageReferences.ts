import { join as joinPath, resolve as resolvePath } from 'node:path';
import { decodeHTML } from 'entities';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { ENCODED_IMAGE_NAME, IMAGE_URL_PREFIX } from '../images/optimizeImage.ts';

/** Attributes whose whole value (or, for srcset, each candidate) is one address. */
const URL_ATTRIBUTES = ['src', 'srcSet', 'content', 'href', 'poster'] as const;

/** The encoded image an address names (`/_img/<name>` on this site or at its absolute URL), or undefined. */
export function imageNameOf(address: string, siteUrl: string): string | undefined {
  let path = address.trim();
  const origin = new URL(siteUrl).origin;
  if (path.startsWith(`${origin}/`)) path = path.slice(origin.length);
  if (!path.startsWith(IMAGE_URL_PREFIX)) return undefined;
  const name = path.slice(IMAGE_URL_PREFIX.length);
  return ENCODED_IMAGE_NAME.test(name) ? name : undefined;
}

/** Every string value inside JSON, however deeply nested. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/**
 * Whether a page may name an encoded image at all, found without parsing it: every address
 * {@link findImageReferences} reads holds the image prefix once its character references (and, in JSON-LD,
 * its JSON escapes) are decoded, so a page whose text holds it nowhere, decoded or not, shows no image.
 */
export function mayNameImages(html: string): boolean {
  if (html.includes(IMAGE_URL_PREFIX)) return true;
  const decoded = decodeHTML(html)
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\\//g, '/');
  return decoded.includes(IMAGE_URL_PREFIX);
}

/**
 * The encoded images a page shows: addresses in image attributes (src, srcset, og:image content) and in
 * its JSON-LD. An address that is only written in the text is not a reference, so a page that mentions an
 * image made for a draft cannot get that image published.
 */
export function findImageReferences(html: string, siteUrl: string): Set<string> {
  const found = new Set<string>();
  if (!mayNameImages(html)) return found;
  const add = (address: string) => {
    const name = imageNameOf(address, siteUrl);
    if (name) found.add(name);
  };
  visit(fromHtml(html), 'element', (node: Element) => {
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (attribute === 'srcSet') {
        const candidates = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
        for (const candidate of candidates) add(candidate.trim().split(/\s+/)[0] ?? '');
      } else if (typeof value === 'string') add(value);
    }
    if (node.tagName === 'script' && node.properties['type'] === 'application/ld+json') {
      try {
        jsonStrings(JSON.parse(toString(node))).forEach(add);
      } catch {
        // Not JSON: nothing there can be a reference.
      }
    }
  });
  return found;
}

/** What the image step needs to know of a built page, found from its text alone. */
export interface PageImages {
  /** The encoded images it shows (see {@link findImageReferences}). */
  images: string[];
  /** Whether it links to an image address (`href` naming one), which the build refuses. */
  linksToImage: boolean;
}

const LINK_TO_IMAGE = new RegExp(`href="[^"]*${IMAGE_URL_PREFIX}`);

/**
 * The images a built page shows and whether it links to one: a function of the page's text and the site's
 * address only, so the answer may be kept by the page's bytes. Whether this build made those images is
 * decided on every build, never kept.
 */
export function readPageImages(html: string, siteUrl: string): PageImages {
  return { images: [...findImageReferences(html, siteUrl)], linksToImage: LINK_TO_IMAGE.test(html) };
}

/** Where the image step keeps each page's answer between builds (INSOURCE_PAGE_IMAGES_CACHE overrides it). */
export function pageImagesCacheFile(root: string, env: Record<string, string | undefined>): string {
  return resolvePath(root, env['INSOURCE_PAGE_IMAGES_CACHE'] || joinPath('node_modules', '.cache', 'insource', 'page-images.json'));
}

/** The files whose code decides a page's answer, for the cache's version (with the lock file for the packages). */
export const PAGE_IMAGES_CODE = [
  'src/lib/output/findImageReferences.ts',
  'src/lib/images/optimizeImage.ts',
  'src/lib/images/formats.ts',
  'src/lib/urls.ts',
  'package-lock.json',
] as const;
