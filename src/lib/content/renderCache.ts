import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ContentIssue } from '../errors.ts';

/**
 * Astro's content layer keeps each Markdown file's rendered HTML between builds and renders a file again
 * only when its text changes. These functions decide which kept renders may be used: a render that failed,
 * a render made by other Markdown plugins or settings, and a render whose pictures came from images that
 * have changed since, are made again, so that they show the same errors and the same images as a fresh one.
 */

/** The key under which `rehypePictures` records, in a render's front matter, the images in the text it encoded. */
export const TEXT_IMAGES = 'insourceTextImages';

/** One image in the text, as `rehypePictures` encoded it. */
export interface TextImage {
  /** The image as the text names it, relative to the Markdown file. */
  src: string;
  /** SHA-256 of the image file the pictures were encoded from. */
  sha256: string;
  /** File names of the encoded pictures in the image cache. */
  files: string[];
}

/** What the content layer keeps of an entry, as far as these checks read it. */
export interface KeptEntry {
  id: string;
  filePath?: string | undefined;
  deferredRender?: boolean | undefined;
  rendered?: { html: string; metadata?: { frontmatter?: Record<string, unknown>; [key: string]: unknown } | undefined } | undefined;
}

/** What is true now, read from the disk by the caller. */
export interface ImageFacts {
  /** SHA-256 of an image in the text, by its path relative to the project; undefined when it cannot be read. */
  sha256(file: string): string | undefined;
  /** Whether the image cache holds an encoded picture. */
  cached(name: string): boolean;
}

/** True for an entry rendered when the content is synced (Markdown), not when its page is built (MDX). */
export function isRenderedAtSync(entry: KeptEntry): boolean {
  return entry.filePath?.endsWith('.md') === true && entry.deferredRender !== true;
}

/** The images in the text a render records; none when it records nothing readable. */
export function textImagesOf(entry: KeptEntry): TextImage[] {
  const recorded = entry.rendered?.metadata?.frontmatter?.[TEXT_IMAGES];
  if (!Array.isArray(recorded)) return [];
  return recorded.filter(
    (image): image is TextImage =>
      typeof image === 'object' &&
      image !== null &&
      typeof image.src === 'string' &&
      typeof image.sha256 === 'string' &&
      Array.isArray(image.files) &&
      image.files.every((file: unknown) => typeof file === 'string'),
  );
}

/**
 * Why a kept entry must be rendered again before it may be used, or undefined when its kept render is
 * as good as a fresh one: a Markdown file without a render (its render failed, so rendering it again
 * shows the error again), or one whose pictures were encoded from an image that has changed or gone, or
 * are no longer in the image cache.
 */
export function staleRenderReason(entry: KeptEntry, facts: ImageFacts): string | undefined {
  if (!isRenderedAtSync(entry)) return undefined;
  if (entry.rendered === undefined) return 'its last render failed';
  for (const image of textImagesOf(entry)) {
    const file = path.posix.join(path.posix.dirname(entry.filePath!), image.src);
    if (facts.sha256(file) !== image.sha256) return `${image.src} changed`;
    const missing = image.files.find((name) => !facts.cached(name));
    if (missing !== undefined) return `${missing} is no longer in the image cache`;
  }
  return undefined;
}

/**
 * One problem for each Markdown file that has no rendered text, so that it can never be published as an
 * empty page. Astro logs why its render failed; this names the file even when that message is not shown.
 */
export function findUnrendered(entries: readonly KeptEntry[]): ContentIssue[] {
  return entries
    .filter((entry) => isRenderedAtSync(entry) && entry.rendered === undefined)
    .map((entry) => ({
      file: entry.filePath!,
      field: '(text)',
      message: 'the text could not be turned into a page; the build log above says why. Correct the text, then build again.',
    }));
}

/** One file whose contents make up the Markdown pipeline: its plugins' code, their settings, the packages. */
export interface PipelineFile {
  /** Path relative to the project. */
  name: string;
  text: string;
}

/**
 * A digest of the Markdown pipeline: every file whose change can change a render. Kept renders made with
 * another digest are all rendered again. The order of the files does not matter.
 */
export function digestPipeline(files: readonly PipelineFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${file.name}\0${file.text.length}\0${file.text}\0`);
  }
  return hash.digest('hex');
}
