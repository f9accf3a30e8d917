/** A collection kept as one file per entry: its folder in the content folder and the files it reads. */
export interface CollectionFolder {
  /** Folder inside the content folder. */
  folder: string;
  /** File extensions it reads, lowercase, without the dot. */
  extensions: readonly string[];
  /** Whether it reads files in subfolders too (such as year folders). */
  nested: boolean;
  /** The glob its loader reads, made from the two fields above. */
  pattern: string;
}

const collection = (folder: string, extensions: readonly string[], nested: boolean): CollectionFolder => ({
  folder,
  extensions,
  nested,
  pattern: `${nested ? '**/' : ''}*.${extensions.length > 1 ? `{${extensions.join(',')}}` : extensions[0]}`,
});

/** Where each collection's files live inside the content folder, and which files count. One source for the loaders and the checks. */
export const COLLECTION_FILES = {
  departments: collection('departments', ['md'], false),
  people: collection('people', ['md'], false),
  spotlights: collection('spotlights', ['md', 'mdx'], true),
  kudos: collection('kudos', ['yaml', 'yml'], true),
  newsletter: collection('newsletter', ['md'], false),
} as const satisfies Record<string, CollectionFolder>;

export type FileCollection = keyof typeof COLLECTION_FILES;

/** The file at the top of the content folder that holds the site's settings. */
export const SITE_FILE = 'site.yaml';
