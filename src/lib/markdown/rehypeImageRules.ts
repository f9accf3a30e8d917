import path from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { COLLECTION_FILES } from '../content/collections.ts';
import { checkContentImage } from '../images/checkContentImage.ts';
import { decodeImageUrl } from '../images/decodeImageUrl.ts';
import { findElements } from './findElements.ts';
import { failAt, type RuleOptions } from './position.ts';

/**
 * A rehype plugin that checks every image in the text, written `![alt](./photo.jpg)` or as an `<img>`: a
 * person's bio has none, and each is a photo file next to the content file (its path percent-decoded, as the
 * file system reads it) with alt text. Runs before sanitizing, so the editor hears about the image as
 * written; fails with file:line:col on the first image that cannot be published.
 */
export function rehypeImageRules(options: RuleOptions = {}) {
  return async (tree: Root, file: VFile) => {
    const fail = failAt(file, options);
    for (const { node } of findElements(tree, 'img')) {
      if (isPersonFile(file)) fail(node, "a bio has no images: a person's picture is the photo field, which is shown only when their consent includes photo.");
      const src = decodeImageUrl(String(node.properties['src'] ?? ''));
      const problem = await checkContentImage(file.path, src);
      if (problem) fail(node, `${problem}.`);
      if (!String(node.properties['alt'] ?? '').trim())
        fail(node, `the image "${src}" needs alt text that says what it shows, such as ![The crew fixing a main at night](${src}).`);
    }
  };
}

/** Whether a file is a person's profile, whose pictures must go through the photo field and its consent. */
function isPersonFile(file: VFile): boolean {
  return Boolean(file.path) && path.basename(path.dirname(file.path!)) === COLLECTION_FILES.people.folder;
}
