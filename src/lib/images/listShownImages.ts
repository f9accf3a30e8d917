import type { SiteModel } from '../publication/resolveSite.ts';
import { listTextImages } from './listTextImages.ts';
import type { ImagePreset } from './presets.ts';

/** An image a published page shows: the content file it belongs to, its path relative to that file, and its preset. */
export interface ShownImage {
  entryFile: string;
  src: string;
  preset: ImagePreset;
}

/**
 * Every image the published model shows, once per preset, as far as it is known before pages render: each
 * public person's portrait (only where consent covers the photo, which the model already applied), each
 * published story's hero and each department's photo (one 16:9 crop, shown on their page and in cards), and the photos in the
 * text of every published entry. Nothing of an unpublished entry is listed.
 */
export function listShownImages(model: Pick<SiteModel, 'people' | 'departments' | 'spotlights' | 'newsletter'>): ShownImage[] {
  const shown = new Map<string, ShownImage>();
  const add = (entryFile: string | undefined, src: string | undefined, presets: readonly ImagePreset[]) => {
    if (!entryFile || !src) return;
    for (const preset of presets) shown.set(JSON.stringify([entryFile, src, preset]), { entryFile, src, preset });
  };
  const text = (entry: { filePath?: string | undefined; body?: string | undefined }) => {
    if (!entry.filePath || !entry.body) return;
    for (const src of listTextImages(entry.body, entry.filePath.endsWith('.mdx') ? 'mdx' : 'md')) add(entry.filePath, src, ['inline']);
  };
  for (const person of model.people) {
    add(person.filePath, person.data.photo?.src, ['portrait']);
    text(person);
  }
  for (const story of model.spotlights) {
    add(story.filePath, story.data.hero?.src, ['hero']);
    text(story);
  }
  for (const department of model.departments) {
    add(department.filePath, department.data.photo?.src, ['hero']);
    text(department);
  }
  for (const issue of model.newsletter) text(issue);
  return [...shown.values()];
}
