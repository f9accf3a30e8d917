import { listImages, validateContent } from './validateContent.ts';
import type { ContentIssue } from '../errors.ts';
import type { SiteSettings } from './schema/index.ts';
import { findBorrowedImages, type ImageUse } from '../images/findBorrowedImages.ts';
import { listTextImages } from '../images/listTextImages.ts';
import { whyPersonIsPrivate, whySpotlightIsUnpublished, type Content } from '../publication/publish.ts';

/** What the image files content names hold, read beforehand (see readImageFacts), keyed by `imageKey`. */
export interface ImageFacts {
  /** Why an image named in front matter cannot be published; absent when it can. */
  problems: ReadonlyMap<string, string>;
  /** A hash of each image file's content; absent when it cannot be read (its own check says why). */
  hashes: ReadonlyMap<string, string>;
}

/** The key of an image in `ImageFacts`: the content file that names it and the path as written. */
export const imageKey = (file: string, src: string): string => `${file}\n${src}`;

/** Every place content shows an image file: front matter photos and heroes, and images in the text. */
export function listImageUses(content: Content): Omit<ImageUse, 'hash'>[] {
  const uses: Omit<ImageUse, 'hash'>[] = [...listImages(content)];
  for (const collection of ['departments', 'spotlights', 'newsletter'] as const) {
    for (const entry of content[collection]) {
      if (!entry.filePath || !entry.body) continue;
      for (const src of listTextImages(entry.body, entry.filePath.endsWith('.mdx') ? 'mdx' : 'md'))
        uses.push({ file: entry.filePath, collection, field: 'the text', src });
    }
  }
  return uses;
}

/** Finds pictures that one entry would publish although they belong to another (see findBorrowedImages). */
export function checkBorrowedImages(content: Content, site: Pick<SiteSettings, 'approvals'>, now: Date, hashes: ImageFacts['hashes']): ContentIssue[] {
  const uses = listImageUses(content).flatMap((use) => {
    const hash = hashes.get(imageKey(use.file, use.src));
    return hash ? [{ ...use, hash }] : [];
  });
  const publicIds = new Set(content.people.filter((person) => whyPersonIsPrivate(person.data, now).length === 0).map((person) => person.id));
  const isPublic = (id: string) => publicIds.has(id);
  const reasons = new Map(
    content.spotlights.map((story) => [story.filePath ?? story.id, whySpotlightIsUnpublished(story.data, site, now, isPublic).join('; ')]),
  );
  return findBorrowedImages(uses, (file) => reasons.get(file) || undefined);
}

/**
 * Checks the entries once each has passed its schema: references, badges, approval roles and image files,
 * then, when those are sound, pictures borrowed from another entry.
 */
export function checkEntries(content: Content, site: Pick<SiteSettings, 'approvals' | 'badges'>, now: Date, images: ImageFacts): ContentIssue[] {
  const issues = validateContent(content, site, { imageProblem: (image) => images.problems.get(imageKey(image.file, image.src)) });
  return issues.length > 0 ? issues : checkBorrowedImages(content, site, now, images.hashes);
}
