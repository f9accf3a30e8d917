import path from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { decodeImageUrl } from '../images/decodeImageUrl.ts';
import { optimizeImage } from '../images/optimizeImage.ts';
import { TEXT_IMAGES, type TextImage } from '../content/renderCache.ts';
import { findElements } from './findElements.ts';

export interface PicturesOptions {
  /** Widths to encode images in the text at. */
  widths: readonly number[];
  /** The `sizes` attribute: how wide images in the text are shown. */
  sizes: string;
  /** Folder where encoded images are kept between builds. */
  cacheDir: string;
}

/**
 * A rehype plugin that replaces every image in the text, already checked by `rehypeImageRules`, by a
 * `<picture>` of sharp re-encodes without metadata. It runs after sanitizing, so the pictures it makes never
 * pass through the allowlist. It records what it encoded in the render's front matter (`TEXT_IMAGES`), which
 * Astro keeps with the render, so that a build reusing the render publishes the same pictures, and renders
 * again when an image changed.
 */
export function rehypePictures(options: PicturesOptions) {
  return async (tree: Root, file: VFile) => {
    if (!file.path) return;
    const made: TextImage[] = [];
    for (const { parent, index, node } of findElements(tree, 'img')) {
      const src = decodeImageUrl(String(node.properties['src']));
      const image = await optimizeImage(path.resolve(path.dirname(file.path), src), { widths: options.widths, cacheDir: options.cacheDir });
      made.push({ src, sha256: image.sourceSha256, files: image.files });
      parent.children[index] = {
        type: 'element',
        tagName: 'picture',
        properties: {},
        children: [
          ...image.sources.map((s): Element => ({
            type: 'element',
            tagName: 'source',
            properties: { type: s.type, srcSet: s.srcset, sizes: options.sizes },
            children: [],
          })),
          {
            type: 'element',
            tagName: 'img',
            properties: {
              src: image.src,
              alt: String(node.properties['alt']).trim(),
              width: image.width,
              height: image.height,
              loading: 'lazy',
              decoding: 'async',
            },
            children: [],
          },
        ],
      };
    }
    if (made.length > 0) {
      const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
      data.astro ??= {};
      data.astro.frontmatter = { ...data.astro.frontmatter, [TEXT_IMAGES]: made };
    }
  };
}
