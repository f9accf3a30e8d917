import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkContentImage } from './checkContentImage.ts';
import { imageKey, listImageUses, type ImageFacts } from '../content/checkEntries.ts';
import { listImages } from '../content/validateContent.ts';
import type { Content } from '../publication/publish.ts';

/** Reads the image files content names: the problems of front matter images, and a hash of every image's content. */
export async function readImageFacts(content: Content): Promise<ImageFacts> {
  const problems = new Map<string, string>();
  for (const image of listImages(content)) {
    const problem = await checkContentImage(image.file, image.src);
    if (problem) problems.set(imageKey(image.file, image.src), problem);
  }
  const hashes = new Map<string, string>();
  const byFile = new Map<string, Promise<string | undefined>>();
  for (const use of listImageUses(content)) {
    const file = path.resolve(path.dirname(use.file), use.src);
    if (!byFile.has(file)) byFile.set(file, hashFile(file));
    const hash = await byFile.get(file);
    if (hash) hashes.set(imageKey(use.file, use.src), hash);
  }
  return { problems, hashes };
}

/** A hash of a file's content, or undefined when it cannot be read (its own check reports that). */
async function hashFile(file: string): Promise<string | undefined> {
  try {
    return createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  } catch {
    return undefined;
  }
}
