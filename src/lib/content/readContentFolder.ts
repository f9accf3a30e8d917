import { existsSync, globSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_FILES, SITE_FILE, type FileCollection } from './collections.ts';
import type { ContentFolderEntry } from './findStrayFiles.ts';

/** A file one collection reads, as found in the content folder. */
export interface CollectionFileText {
  collection: FileCollection;
  /** Its path as messages name it: the content folder as given, then `/` and the path inside it. */
  filePath: string;
  /** What it holds; undefined for a symbolic link, which is reported and never followed. */
  text: string | undefined;
}

/** Everything the checks and the content layer read from a content folder, as plain text. */
export interface ContentFolder {
  /** The content folder as given, such as `content` or `test/fixtures/site`. */
  dir: string;
  /** Every file and symbolic link below it, as findStrayFiles takes them. */
  listing: ContentFolderEntry[];
  /** Every file a collection reads, in each collection's order of names. */
  files: CollectionFileText[];
  /** content/site.yaml, or undefined when there is none. */
  site: { filePath: string; text: string } | undefined;
  /** Every file in the folder copied into the site as is, as paths that name it. */
  publicFiles: string[];
}

/** Paths from a glob, joined to their folder with `/` whatever the platform. */
const globIn = (dir: string, pattern: string) =>
  existsSync(dir)
    ? globSync(pattern, { cwd: dir })
        .map((file) => path.posix.join(dir.split(path.sep).join('/'), file.split(path.sep).join('/')))
        .sort()
    : [];

/** Reads a content folder and the public folder with plain file access, as the checks and the plain content layer need them. */
export function readContentFolder(dir: string, publicDir: string): ContentFolder {
  // Dirents describe the link itself, not its target: a symbolic link is reported, never followed.
  const listing: ContentFolderEntry[] = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((entry) => !entry.isDirectory())
        .map((entry) => ({
          path: path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
          kind: entry.isSymbolicLink() ? 'symlink' : 'file',
        }))
    : [];
  const files = (Object.entries(COLLECTION_FILES) as [FileCollection, (typeof COLLECTION_FILES)[FileCollection]][]).flatMap(([collection, { folder, pattern }]) =>
    globIn(path.join(dir, folder), pattern).map((filePath) => ({
      collection,
      filePath,
      text: lstatSync(filePath).isSymbolicLink() ? undefined : readFileSync(filePath, 'utf8'),
    })),
  );
  const siteFile = path.posix.join(dir.split(path.sep).join('/'), SITE_FILE);
  return {
    dir,
    listing,
    files,
    site: existsSync(siteFile) ? { filePath: siteFile, text: readFileSync(siteFile, 'utf8') } : undefined,
    publicFiles: globIn(publicDir, '**/*'),
  };
}
