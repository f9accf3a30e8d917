import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { VFile } from 'vfile';

/** Whether a file's text may hold raw HTML: Markdown may; MDX cannot, its tags are components. */
export function holdsRawHtml(file: VFile): boolean {
  return !file.path?.endsWith('.mdx');
}

/** A rehype plugin that parses the raw HTML in Markdown into elements, so the plugins after it check and sanitize what it holds. */
export function rehypeRawHtml() {
  return (tree: Root, file: VFile): Root => (holdsRawHtml(file) ? (raw(tree, { file }) as Root) : tree);
}
