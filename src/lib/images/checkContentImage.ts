import path from 'node:path';
import { imagePath } from '../content/schema/fields.ts';
import { imageProblem } from './checkImage.ts';
import { inspectImage } from './inspectImage.ts';

/**
 * Why an image a content file names cannot be published, as a sentence for its editor, or undefined when it
 * can: the path (a photo file in the content file's folder) and then the file itself (real, readable, not
 * too large, the format its extension says). Used for front matter and for images in the text alike.
 */
export async function checkContentImage(entryFile: string | undefined, src: string): Promise<string | undefined> {
  const valid = imagePath.safeParse(src);
  if (!valid.success) return `the image "${src}": ${valid.error.issues[0]!.message}`;
  if (!entryFile) return undefined;
  return imageProblem(src, await inspectImage(path.resolve(path.dirname(entryFile), src)));
}
