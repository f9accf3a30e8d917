import { checkDates } from './checkDates.ts';
import { COLLECTION_FILES, type FileCollection } from './collections.ts';
import { findIdClashes } from './findIdClashes.ts';
import { findStrayFiles } from './findStrayFiles.ts';
import type { ContentFolder } from './readContentFolder.ts';
import type { ContentIssue } from '../errors.ts';
import { findPublicImages } from '../images/findPublicImages.ts';

/**
 * Checks the files themselves: files no collection reads, symbolic links, names that clash or are not ids,
 * pictures put where nothing re-encodes them, and dates as written, which YAML has already rolled over
 * (2026-06-31 to 1 July) before the schemas see them.
 */
export function checkContentFolder(folder: ContentFolder): ContentIssue[] {
  const collections = (Object.keys(COLLECTION_FILES) as FileCollection[]).map((collection) => ({
    collection,
    files: folder.files.filter((file) => file.collection === collection).map((file) => file.filePath),
  }));
  const dates = [
    ...(folder.site ? checkDates('site', folder.site.filePath, folder.site.text) : []),
    ...folder.files.flatMap((file) => (file.text === undefined ? [] : checkDates(file.collection, file.filePath, file.text))),
  ];
  return [...findStrayFiles(folder.listing, folder.dir), ...findIdClashes(collections), ...findPublicImages(folder.publicFiles), ...dates];
}
