import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findPhotos } from './remarkPhotoRules.ts';

export interface PhotosOptions {
  /** Folder the content file's path is given relative to. */
  root?: string | undefined;
}

/** A remark plugin that tells each `<Photo>` which content file it is in (`entryFile`), since its page resolves src against that file. */
export function remarkPhotos(options: PhotosOptions = {}) {
  const root = options.root ?? process.cwd();
  return (tree: Root, file: VFile) => {
    for (const node of findPhotos(tree)) {
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'entryFile', value: file.path ? path.relative(root, file.path) : '' });
    }
  };
}
