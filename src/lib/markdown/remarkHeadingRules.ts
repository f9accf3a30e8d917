import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt, type RuleOptions } from './position.ts';

/** A remark plugin that refuses a top-level heading (`# Title`) in a body, where the page already has its title; fails with file:line:col. */
export function remarkHeadingRules(options: RuleOptions = {}) {
  return (tree: Root, file: VFile) => {
    const fail = failAt(file, options);
    visit(tree, 'heading', (node) => {
      if (node.depth === 1) fail(node, 'a heading with a single # is the page title; start headings in the text with ## instead.');
    });
  };
}
