import type { Image, ImageReference, Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { SKIP, visit } from 'unist-util-visit';

/**
 * A remark plugin that hands images written in the text (`![alt](./photo.jpg)` and `![alt][ref]`) to the
 * site's own image pipeline instead of Astro's. Astro collects Markdown image nodes after the user's remark
 * plugins and copies each original file into the site, metadata and file name intact, whether or not the
 * entry is ever published. Here each image becomes a plain `<img>` element for the rehype step, which checks
 * it and replaces it by a `<picture>` of re-encodes; Astro never sees an image node.
 */
export function remarkTextImages() {
  return (tree: Root) => {
    const definition = definitions(tree);
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'image' && node.type !== 'imageReference') || !parent || index === undefined) return;
      const { url, title } = node.type === 'image' ? node : resolve(node, definition);
      const properties: Record<string, string> = { src: url, alt: node.alt ?? '' };
      if (title) properties['title'] = title;
      // mdast-util-to-hast turns a node it has no handler for into the element its data names.
      parent.children[index] = {
        type: 'textImage',
        data: { hName: 'img', hProperties: properties },
        ...(node.position ? { position: node.position } : {}),
      } as unknown as Image;
      return SKIP;
    });
  };
}

function resolve(node: ImageReference, definition: ReturnType<typeof definitions>): { url: string; title?: string | null | undefined } {
  const found = definition(node.identifier);
  return found ? { url: found.url, title: found.title } : { url: '' };
}
