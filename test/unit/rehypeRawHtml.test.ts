import type { Root } from 'hast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { rehypeRawHtml } from '../../src/lib/markdown/rehypeRawHtml.ts';

/** The node types and tag names of a file's tree after the plugin, depth first. */
async function nodesOf(markdown: string, name: string): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRawHtml);
  const file = new VFile({ value: markdown, path: `/content/spotlights/2026/${name}` });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const found: string[] = [];
  const walk = (node: Root | Root['children'][number]) => {
    found.push(node.type === 'element' ? node.tagName : node.type);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

test('raw HTML in Markdown becomes elements, so the checks and the sanitizer see what it holds', async () => {
  expect(await nodesOf('<p>Hi <em>there</em></p>', 'story.md')).toEqual(['root', 'p', 'text', 'em', 'text']);
});

test('an MDX file is left as it is: its tags are components, checked by the MDX rules', async () => {
  expect(await nodesOf('<p>Hi</p>', 'story.mdx')).toEqual(['root', 'raw']);
});
