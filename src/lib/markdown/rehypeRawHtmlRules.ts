import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { IMAGE_URL_PREFIX } from '../images/optimizeImage.ts';
import { findElements } from './findElements.ts';
import { failAt, type RuleOptions } from './position.ts';
import { holdsRawHtml } from './rehypeRawHtml.ts';

/**
 * A rehype plugin for headings and links written as raw HTML in Markdown, which the remark rules cannot see:
 * no `<h1>` (the page has its title) and no link to an image address. Fails with file:line:col.
 */
export function rehypeRawHtmlRules(options: RuleOptions = {}) {
  return (tree: Root, file: VFile) => {
    if (!holdsRawHtml(file)) return;
    const fail = failAt(file, options);
    for (const { node } of findElements(tree, 'h1')) fail(node, 'a <h1> in the text would be a second page title; use <h2> or ## instead.');
    for (const { node } of findElements(tree, 'a')) {
      if (String(node.properties['href'] ?? '').includes(IMAGE_URL_PREFIX))
        fail(node, `links may not point at an image address (${IMAGE_URL_PREFIX}...); link to the page that shows the photo.`);
    }
  };
}
