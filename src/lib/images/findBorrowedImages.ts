import type { ContentIssue } from '../errors.ts';

/** One place where content shows an image file. */
export interface ImageUse {
  /** The content file, such as content/spotlights/2026/x.md. */
  file: string;
  /** Which entry it is. */
  collection: 'people' | 'departments' | 'spotlights' | 'newsletter';
  /** Where in the file: photo.src, hero.src, or the text. */
  field: string;
  /** The path as written. */
  src: string;
  /** A hash of the image file's content, so that a renamed copy is the same picture. */
  hash: string;
}

/**
 * Images that one entry would publish although they belong to another: a person's portrait (matched by
 * content) anywhere but as that person's own photo, and a picture from a story that is not published (a
 * draft, a story in review or scheduled, a story about someone who withdrew) in any other entry. Both
 * would put a picture on the site that its own entry, and the consent behind it, does not allow yet.
 */
export function findBorrowedImages(uses: readonly ImageUse[], whyUnpublished: (storyFile: string) => string | undefined): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byHash = new Map<string, ImageUse[]>();
  for (const use of uses) byHash.set(use.hash, [...(byHash.get(use.hash) ?? []), use]);
  for (const same of byHash.values()) {
    const portraits = same.filter((use) => use.collection === 'people' && use.field === 'photo.src');
    const owners = [...new Set(portraits.map((use) => use.file))];
    for (const use of same) {
      const others = owners.filter((owner) => owner !== use.file);
      if (others.length > 0 && (use.collection !== 'people' || use.field !== 'photo.src' || owners.length > 1)) {
        issues.push({
          file: use.file,
          field: use.field,
          message: `the image "${use.src}" is the same picture as the portrait in ${others.join(', ')}. A portrait is published only as its own person's photo, under their consent; use another picture here.`,
        });
        continue;
      }
      const hidden = same
        .filter((other) => other.file !== use.file && other.collection === 'spotlights')
        .map((other) => [other.file, whyUnpublished(other.file)] as const);
      for (const [story, reason] of hidden) {
        if (!reason || whyUnpublished(use.file)) continue;
        issues.push({
          file: use.file,
          field: use.field,
          message: `the image "${use.src}" is the same picture as one in ${story}, which is not published (${reason}). It may appear only once that story does; use another picture here.`,
        });
      }
    }
  }
  return issues;
}
