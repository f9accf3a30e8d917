import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { definitions } from 'mdast-util-definitions';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { decodeImageUrl } from './decodeImageUrl.ts';

/** What any image in a text starts with: Markdown's `![`, an HTML `<img` or a `<Photo` component (spaces allowed after `<`). */
const MAY_SHOW_IMAGE = /!\[|<\s*(?:img|photo)(?![a-z0-9])/i;

/**
 * The image paths the text of a Markdown or MDX file shows, as the image pipeline will read them:
 * `![alt](./x.jpg)` and `![alt][ref]` (percent-decoded), `<img src>` in raw HTML, and `<Photo src>` in MDX.
 * The same rules as rendering, without rendering, so that checks can see every image before any page exists.
 */
export function listTextImages(body: string, format: 'md' | 'mdx'): string[] {
  // Every image starts with `![`, `<img` or `<Photo` as written; most stories have none, and need no parse.
  if (!MAY_SHOW_IMAGE.test(body)) return [];
  const processor = format === 'mdx' ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
  let tree: Root;
  try {
    tree = processor.parse(body);
  } catch {
    // Text MDX cannot parse fails the build where it is rendered, with its position.
    return [];
  }
  const definition = definitions(tree);
  const found: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'image') found.push(decodeImageUrl(node.url));
    else if (node.type === 'imageReference') {
      const target = definition(node.identifier);
      if (target) found.push(decodeImageUrl(target.url));
    } else if (node.type === 'html') {
      visit(fromHtml(node.value, { fragment: true }), 'element', (element: Element) => {
        if (element.tagName === 'img' && typeof element.properties['src'] === 'string') found.push(decodeImageUrl(element.properties['src']));
      });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Photo') {
      const src = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
      if (typeof src === 'string') found.push(src);
    }
  });
  return found;
}
