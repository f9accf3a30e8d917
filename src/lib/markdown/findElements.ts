import type { Element, Parents, Root } from 'hast';
import type {} from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';

/** An element found in a tree, with its parent and index so it can be replaced. */
export interface FoundElement {
  node: Element;
  parent: Parents;
  index: number;
}

/**
 * Every element with a tag name in the text, in document order. What an MDX component holds is left to the
 * component, so elements inside one are not searched.
 */
export function findElements(tree: Root, tagName: string): FoundElement[] {
  const found: FoundElement[] = [];
  visit(tree, (node, index, parent) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return SKIP;
    if (node.type === 'element' && node.tagName === tagName && parent && index !== undefined) {
      found.push({ node, parent, index });
    }
    return undefined;
  });
  return found;
}
