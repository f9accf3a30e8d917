import path from 'node:path';
import { COLLECTION_FILES, SITE_FILE, type CollectionFolder } from './collections.ts';
import { suggest } from './suggest.ts';
import type { ContentIssue } from '../errors.ts';
import { imageFormatOf } from '../images/formats.ts';

/** A file or link found in the content folder, its path relative to that folder with `/` between folders. */
export interface ContentFolderEntry {
  path: string;
  /** A symbolic link is never followed: it could point outside the repository or at someone else's photo. */
  kind: 'file' | 'symlink';
}

/** Files and folders left alone: dotfiles and dot folders (.gitkeep, .drafts/), which no collection reads, and READMEs for editors. */
const IGNORED = (name: string) => name.startsWith('.') || /^readme(?:\.[a-z]+)?$/i.test(name);

/** Why a file in a collection's folder is not read by it, and how to fix that. */
function whyNotRead(file: string, collection: CollectionFolder, shownAs: string): string | undefined {
  const inFolder = file.slice(collection.folder.length + 1);
  const name = path.posix.basename(inFolder);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  const stem = name.slice(0, name.length - extension.length - 1) || name;
  const nestedTooDeep = !collection.nested && inFolder.includes('/');
  const reads = collection.extensions.map((e) => `.${e}`).join(' or ');
  if (collection.extensions.includes(extension) && !nestedTooDeep) return undefined;
  if (nestedTooDeep && collection.extensions.includes(extension.toLowerCase())) {
    return `this file is in a subfolder, and files in subfolders of ${shownAs}/ are not read. Move it to ${shownAs}/${name}.`;
  }
  const lower = extension.toLowerCase();
  let rename = '';
  if (collection.extensions.includes(lower)) rename = ` Rename it to ${stem}.${lower}.`;
  else if (lower === 'markdown') rename = ` Rename it to ${stem}.md.`;
  else if (lower === 'mdx') rename = ` Only spotlights may be MDX: rename it to ${stem}.md.`;
  return `this file is not read: files in ${shownAs}/ must end in ${reads} (lowercase), so it would be left out of the site without a word.${rename}`;
}

/**
 * Every file in the content folder must be read by a collection or refused: a story saved as `.MD` or
 * `.markdown`, or put in a folder no collection reads, would otherwise vanish without a message. Symbolic
 * links are refused wherever they are. Images, dotfiles and READMEs are left to their own rules.
 */
export function findStrayFiles(entries: readonly ContentFolderEntry[], contentDir: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const folders = Object.values(COLLECTION_FILES);
  const shown = (file: string) => path.posix.join(contentDir, file);
  for (const { path: file, kind } of entries) {
    if (kind === 'symlink') {
      issues.push({
        file: shown(file),
        field: '(file)',
        message:
          'this is a symbolic link, and content must be real files in the repository: a link can point outside it or at another person’s photo. Replace the link with the file itself.',
      });
      continue;
    }
    const name = path.posix.basename(file);
    // Image files: the image rules decide whether each may be published (only those content names are read).
    if (file.split('/').some(IGNORED) || imageFormatOf(name)) continue;
    const top = file.split('/')[0]!;
    if (file === SITE_FILE) continue;
    const collection = folders.find((c) => c.folder === top);
    if (collection && file.includes('/')) {
      const message = whyNotRead(file, collection, shown(collection.folder));
      if (message) issues.push({ file: shown(file), field: '(file)', message });
      continue;
    }
    const guess = file.includes('/')
      ? suggest(
          top,
          folders.map((c) => c.folder),
        )
      : undefined;
    issues.push({
      file: shown(file),
      field: '(file)',
      message: file.includes('/')
        ? `this file is not read: ${shown(top)}/ is not a content folder${guess ? `; did you mean ${shown(guess)}/?` : ''}. The folders are ${folders.map((c) => `${c.folder}/`).join(', ')}.`
        : `this file is not read: the top of the content folder holds only ${SITE_FILE}; content files go in ${folders.map((c) => `${c.folder}/`).join(', ')}.`,
    });
  }
  return issues;
}
