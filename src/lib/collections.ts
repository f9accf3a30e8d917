/** Where each collection's files live inside the content folder, and which files count. One source for the loaders and the checks. */
export const COLLECTION_FILES = {
  departments: { folder: 'departments', pattern: '*.md' },
  people: { folder: 'people', pattern: '*.md' },
  spotlights: { folder: 'spotlights', pattern: '**/*.{md,mdx}' },
  kudos: { folder: 'kudos', pattern: '**/*.{yaml,yml}' },
  newsletter: { folder: 'newsletter', pattern: '*.md' },
} as const;

export type FileCollection = keyof typeof COLLECTION_FILES;
