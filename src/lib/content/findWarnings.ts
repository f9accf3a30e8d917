import path from 'node:path';
import type { ContentIssue } from '../errors.ts';
import { isoDate, whyPersonIsPrivate, whySpotlightIsUnpublished, type Content } from '../publication/publish.ts';
import type { SiteSettings } from './schema/index.ts';

const DAY = 24 * 60 * 60 * 1000;
/** How far ahead an expiring consent is worth a warning. */
export const CONSENT_WARNING_DAYS = 30;
/** The smallest photo that fills its slot, and the size above which a photo is far larger than the site needs. */
export const PHOTO_SLOTS = {
  portrait: { minWidth: 400, minHeight: 400, maxWidth: 4000 },
  hero: { minWidth: 1200, minHeight: 0, maxWidth: 6000 },
} as const;

/** The pixel size of a content image, by the file and the `src` that names it; undefined when it cannot be read. */
export type ImageSize = (file: string, src: string) => { width: number; height: number } | undefined;

/** The image file a `src` in a content file names. */
export const imagePath = (file: string, src: string) => path.join(path.dirname(file), src);

function photoSize(issues: ContentIssue[], file: string, field: string, src: string, slot: keyof typeof PHOTO_SLOTS, size: ImageSize) {
  const found = size(file, src);
  if (!found) return;
  const { minWidth, minHeight, maxWidth } = PHOTO_SLOTS[slot];
  const name = slot === 'portrait' ? 'a portrait' : 'a hero';
  if (found.width < minWidth || found.height < minHeight)
    issues.push({
      file,
      field,
      message: `${src} is ${found.width}x${found.height} pixels, smaller than ${name} is shown (at least ${minWidth}${minHeight ? `x${minHeight}` : ' pixels wide'}): it will look blurred. Use a larger original if there is one.`,
    });
  else if (found.width > maxWidth)
    issues.push({
      file,
      field,
      message: `${src} is ${found.width} pixels wide, far more than ${name} needs (${maxWidth} is plenty): it slows the build. Scale it down before committing.`,
    });
}

/**
 * What an editor should know but the build tolerates, worded like the build's issues: consent about to
 * expire, an approved story still missing an approval, a newsletter issue listing a story that will not
 * publish, photos too small or far too large for their slot, a withdrawn person whose file still holds a photo.
 * `published` is the set of spotlight ids the build would publish, when the content has no errors.
 */
export function findWarnings(content: Content, site: Pick<SiteSettings, 'approvals'>, now: Date, size: ImageSize, published?: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const person of content.people) {
    const file = person.filePath ?? `people/${person.id}`;
    const { consent, photo } = person.data;
    const publicNow = whyPersonIsPrivate(person.data, now).length === 0;
    if (publicNow && consent.expires) {
      const lastDay = consent.expires.getTime() + DAY;
      if (lastDay <= now.getTime() + DAY)
        issues.push({ file, field: 'consent.expires', message: `consent expires on ${isoDate(consent.expires)}: ${person.data.name} drops out of every page at the next build. Renew the consent or let them go.` });
      else if (lastDay <= now.getTime() + CONSENT_WARNING_DAYS * DAY)
        issues.push({ file, field: 'consent.expires', message: `consent expires on ${isoDate(consent.expires)}, within ${CONSENT_WARNING_DAYS} days: ask ${person.data.name} to renew it, or they drop out of the site after that date.` });
    }
    if (consent.status === 'withdrawn' && photo)
      issues.push({ file, field: 'photo', message: `consent is withdrawn but the file still names a photo (${photo.src}): delete the photo file and the photo field, so no copy of it stays in the repository's newest version.` });
    else if (photo) photoSize(issues, file, 'photo.src', photo.src, 'portrait', size);
  }
  for (const story of content.spotlights) {
    const file = story.filePath ?? `spotlights/${story.id}`;
    if (story.data.status === 'approved') {
      const missing = whySpotlightIsUnpublished(story.data, site, now, () => true).filter((reason) => reason.includes('approval'));
      if (missing.length > 0) issues.push({ file, field: 'approvals', message: `status is approved but ${missing.join('; ')}: the story will not publish until every required role has approved it.` });
    }
    if (story.data.hero) photoSize(issues, file, 'hero.src', story.data.hero.src, 'hero', size);
  }
  for (const department of content.departments) {
    if (department.data.photo) photoSize(issues, department.filePath ?? `departments/${department.id}`, 'photo.src', department.data.photo.src, 'hero', size);
  }
  if (published) {
    for (const issue of content.newsletter) {
      issue.data.spotlights.forEach((ref, index) => {
        if (!published.has(ref.id))
          issues.push({
            file: issue.filePath ?? `newsletter/${issue.id}`,
            field: `spotlights[${index}]`,
            message: `"${ref.id}" will not publish, so the issue leaves it out without saying so. Remove it, or get the story approved before the issue goes out.`,
          });
      });
    }
  }
  return issues;
}
