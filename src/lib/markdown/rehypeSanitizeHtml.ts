import type { Element, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { holdsRawHtml } from './rehypeRawHtml.ts';

/**
 * What raw HTML in Markdown may keep: GitHub's allowlist (formatting, links, lists, tables, headings) plus
 * figures and plain images; script, style, iframe and other active content are removed together with what
 * they contain.
 */
export const CONTENT_SCHEMA: Schema = {
  ...defaultSchema,
  // <picture> and <source> could load pictures from anywhere: only the ones rehypePictures makes are published.
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'picture' && tag !== 'source'), 'figure', 'figcaption', 'abbr', 'mark', 'small', 'cite'],
  attributes: { ...defaultSchema.attributes, img: ['src', 'alt'] },
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'form', 'textarea', 'select', 'title', 'svg', 'math', 'frame', 'frameset'],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

/**
 * A rehype plugin that sanitizes Markdown (MDX cannot hold raw HTML) with `CONTENT_SCHEMA`. It runs after the
 * checks, so the editor hears about what they wrote, and before `rehypePictures`, so the pictures made there
 * never pass through (or widen) the allowlist.
 */
export function rehypeSanitizeHtml() {
  return (tree: Root, file: VFile): Root => (holdsRawHtml(file) ? (sanitize(withoutClobberPrefix(tree), CONTENT_SCHEMA) as Root) : tree);
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
