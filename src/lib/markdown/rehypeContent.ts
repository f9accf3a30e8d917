import path from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { visit } from 'unist-util-visit';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { VFile } from 'vfile';
import { checkContentImage } from '../images/checkContentImage.ts';
import { IMAGE_URL_PREFIX, optimizeImage } from '../images/optimizeImage.ts';
import { COLLECTION_FILES } from '../content/collections.ts';
import { locator } from './position.ts';
import { ContentRuleError } from '../errors.ts';

/**
 * What raw HTML in Markdown may keep: GitHub's allowlist (formatting, links, lists, tables, headings) plus
 * figures, and the re-encoded images this plugin made; script, style, iframe and other active content are
 * removed together with what they contain.
 */
export const CONTENT_SCHEMA: Schema = {
  ...defaultSchema,
  // <picture> and <source> could load pictures from anywhere: only the ones this plugin makes are published.
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'picture' && tag !== 'source'), 'figure', 'figcaption', 'abbr', 'mark', 'small', 'cite'],
  attributes: { ...defaultSchema.attributes, img: ['src', 'alt'] },
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'form', 'textarea', 'select', 'title', 'svg', 'math', 'frame', 'frameset'],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

export interface ContentImageOptions {
  /** Widths to encode images in the text at. */
  widths: readonly number[];
  /** The `sizes` attribute: how wide images in the text are shown. */
  sizes: string;
  /** Folder where encoded images are kept between builds. */
  cacheDir: string;
  /** Folder that file paths in messages are relative to. */
  root?: string;
}

/**
 * A rehype plugin for the text of content files. Raw HTML in Markdown is parsed and sanitized (MDX cannot
 * hold raw HTML). Every image, whether written `![alt](./photo.jpg)` or as an `<img>`, must be a photo file
 * next to the content file with alt text, and becomes a `<picture>` of sharp re-encodes without metadata.
 * An image that cannot be published, or a raw `<h1>`, fails with file:line:col.
 */
export function rehypeContent(options: ContentImageOptions) {
  const root = options.root ?? process.cwd();
  return async (tree: Root, file: VFile): Promise<Root> => {
    const where = locator(file, root);
    if (file.path?.endsWith('.mdx')) {
      await checkImages(tree, file, where);
      await replaceImages(tree, file, options);
      return tree;
    }
    const parsed = raw(tree, { file }) as Root;
    // Checked before sanitizing, so the editor hears about the image as written; replaced after, so the
    // pictures made here never pass through (or widen) the allowlist.
    for (const { node } of findElements(parsed, 'h1')) {
      throw new ContentRuleError(`${where(node)}: a <h1> in the text would be a second page title; use <h2> or ## instead.`);
    }
    for (const { node } of findElements(parsed, 'a')) {
      if (String(node.properties['href'] ?? '').includes(IMAGE_URL_PREFIX)) {
        throw new ContentRuleError(`${where(node)}: links may not point at an image address (${IMAGE_URL_PREFIX}...); link to the page that shows the photo.`);
      }
    }
    await checkImages(parsed, file, where);
    const clean = sanitize(withoutClobberPrefix(parsed), CONTENT_SCHEMA) as Root;
    await replaceImages(clean, file, options);
    return clean;
  };
}

/** The attributes the sanitizer prefixes, so an id written in the text cannot replace one of the page's. */
const CLOBBERED = new Set(CONTENT_SCHEMA.clobber ?? []);
const CLOBBER_PREFIX = CONTENT_SCHEMA.clobberPrefix ?? '';

/**
 * Removes the prefix from ids that already carry it, so the sanitizer adds it exactly once. Footnotes come
 * from remark-rehype with ids and links already prefixed (`user-content-fn-1`, `#user-content-fn-1`); the
 * sanitizer prefixes every id again but never a link, so without this a footnote and its back-reference
 * would point at ids that do not exist. An id written with the prefix in raw HTML ends up the same.
 */
function withoutClobberPrefix(tree: Root): Root {
  const strip = (value: string | number) => (typeof value === 'string' && value.startsWith(CLOBBER_PREFIX) ? value.slice(CLOBBER_PREFIX.length) : value);
  if (!CLOBBER_PREFIX) return tree;
  visit(tree, 'element', (node: Element) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (!CLOBBERED.has(name)) continue;
      if (typeof value === 'string') node.properties[name] = strip(value);
      else if (Array.isArray(value)) node.properties[name] = value.map(strip);
    }
  });
  return tree;
}

/** Every element with a tag name, with its parent and index so it can be replaced. */
function findElements(tree: Root, tagName: string): { parent: Root | Element; index: number; node: Element }[] {
  const found: { parent: Root | Element; index: number; node: Element }[] = [];
  const walk = (parent: Root | Element) => {
    parent.children.forEach((child: RootContent | ElementContent, index) => {
      if (child.type !== 'element') return;
      if (child.tagName === tagName) found.push({ parent, index, node: child });
      else walk(child);
    });
  };
  walk(tree);
  return found;
}

/** Fails, with file:line:col, on the first image that cannot be published as written. */
async function checkImages(tree: Root, file: VFile, where: (node: Element) => string): Promise<void> {
  for (const { node } of findElements(tree, 'img')) {
    const fail = (message: string): never => {
      throw new ContentRuleError(`${where(node)}: ${message}`);
    };
    if (isPersonFile(file)) fail("a bio has no images: a person's picture is the photo field, which is shown only when their consent includes photo.");
    // A URL in the text may be percent-encoded (a space as %20, ../ as %2E%2E/): check, and later read,
    // the path as the file system will see it, and name it in messages as the editor meant it.
    const src = decodeImageUrl(String(node.properties['src'] ?? ''));
    node.properties['src'] = src;
    const problem = await checkContentImage(file.path, src);
    if (problem) fail(`${problem}.`);
    if (!String(node.properties['alt'] ?? '').trim())
      fail(`the image "${src}" needs alt text that says what it shows, such as ![The crew fixing a main at night](${src}).`);
  }
}

/** A path written as a URL, percent-decoded; as written when it holds a % that encodes nothing. */
export function decodeImageUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Replaces every image, already checked, by a `<picture>` of its re-encodes. */
async function replaceImages(tree: Root, file: VFile, options: ContentImageOptions): Promise<void> {
  if (!file.path) return;
  for (const { parent, index, node } of findElements(tree, 'img')) {
    const image = await optimizeImage(path.resolve(path.dirname(file.path), String(node.properties['src'])), {
      widths: options.widths,
      cacheDir: options.cacheDir,
    });
    parent.children[index] = {
      type: 'element',
      tagName: 'picture',
      properties: {},
      children: [
        ...image.sources.map((s): Element => ({
          type: 'element',
          tagName: 'source',
          properties: { type: s.type, srcSet: s.srcset, sizes: options.sizes },
          children: [],
        })),
        {
          type: 'element',
          tagName: 'img',
          properties: {
            src: image.src,
            alt: String(node.properties['alt']).trim(),
            width: image.width,
            height: image.height,
            loading: 'lazy',
            decoding: 'async',
          },
          children: [],
        },
      ],
    };
  }
}

/** Whether a file is a person's profile, whose pictures must go through the photo field and its consent. */
function isPersonFile(file: VFile): boolean {
  return Boolean(file.path) && path.basename(path.dirname(file.path!)) === COLLECTION_FILES.people.folder;
}
