import type { Element, Parents, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** An element found in a tree, with its parent and index so it can be replaced. */
export interface FoundElement {
  node: Element;
  parent: Parents;
  index: number;
}

/**
 * Every element with a tag name in the text, in document order, inside MDX components too: an image in a
 * `<PullQuote>` is checked and re-encoded like any other.
 */
export function findElements(tree: Root, tagName: string): FoundElement[] {
  const found: FoundElement[] = [];
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && node.tagName === tagName && parent && index !== undefined) {
      found.push({ node, parent, index });
    }
  });
  return found;
}
