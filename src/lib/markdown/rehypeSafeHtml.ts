import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { VFile } from 'vfile';

const IMAGE_TAGS = new Set(['img', 'picture', 'source']);

/**
 * What raw HTML in Markdown may keep: GitHub's allowlist (formatting, links, lists, tables, headings)
 * plus figures, without images (they must go through the Photo component so sharp re-encodes them),
 * and with script, style, iframe and other active content removed together with what they contain.
 */
export const CONTENT_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => !IMAGE_TAGS.has(tag)), 'figure', 'figcaption', 'abbr', 'mark', 'small', 'cite'],
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'select', 'title', 'svg', 'math', 'frame', 'frameset'],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

/** A rehype plugin that parses raw HTML in Markdown and sanitizes the result. MDX has no raw HTML: remarkContentRules guards it. */
export function rehypeSafeHtml() {
  return (tree: Root, file: VFile): Root => {
    if (file.path?.endsWith('.mdx')) return tree;
    return sanitize(raw(tree, { file }), CONTENT_SCHEMA) as Root;
  };
}
