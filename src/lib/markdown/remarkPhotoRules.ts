import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkContentImage } from '../images/checkContentImage.ts';
import { failAt, type RuleOptions } from './position.ts';

/** An MDX element, as remark-mdx parses `<Name ... />`. */
export type MdxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The text value of an MDX element's attribute, or undefined. */
export function attributeValue(node: MdxElement, name: string): string | undefined {
  const attribute = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Every `<Photo>` element of an MDX tree, in document order. */
export function findPhotos(tree: Root): MdxElement[] {
  const photos: MdxElement[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Photo') photos.push(node);
  });
  return photos;
}

/**
 * A remark plugin for `<Photo>` in MDX: each needs src and alt text, and src must be a photo file next to the
 * content file that the build can re-encode (the same rules as every image). Runs after the MDX rules, so
 * attributes are plain text; fails with file:line:col.
 */
export function remarkPhotoRules(options: RuleOptions = {}) {
  return async (tree: Root, file: VFile) => {
    const fail = failAt(file, options);
    const photos = findPhotos(tree);
    for (const node of photos) {
      if (!attributeValue(node, 'src') || !attributeValue(node, 'alt')?.trim()) fail(node, '<Photo> needs src="./photo.jpg" and alt="what the photo shows".');
    }
    for (const node of photos) {
      const problem = await checkContentImage(file.path, attributeValue(node, 'src')!);
      if (problem) fail(node, `<Photo>: ${problem}.`);
    }
  };
}
