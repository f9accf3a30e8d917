import { ENCODED_IMAGE_NAME } from './optimizeImage.ts';

/**
 * The encoded images in a cache folder that this build did not make: photos of content since changed,
 * unpublished or withdrawn. Other files in the folder are not the pipeline's and are left alone.
 */
export function findStaleImages(cached: readonly string[], made: ReadonlySet<string>): string[] {
  return cached.filter((name) => ENCODED_IMAGE_NAME.test(name) && !made.has(name));
}
