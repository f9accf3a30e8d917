import { COLLECTION_FILES } from './collections.ts';
import { entryId } from './entryId.ts';
import { ID_PATTERN } from './schema/fields.ts';
import type { ContentIssue } from '../errors.ts';

/** Files of one collection, as paths relative to the project. */
export interface CollectionFiles {
  collection: string;
  files: readonly string[];
}

/** The id a file name would have once spelled as ASCII kebab-case: "Zoë Smith " becomes "zoe-smith". */
export function toKebabId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Checks that every file name is an ASCII kebab-case id and that no two files of a collection claim the
 * same id, even through Unicode normalisation (NFC/NFD), case or stray spaces, or from different year folders.
 */
export function findIdClashes(collections: readonly CollectionFiles[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { collection, files } of collections) {
    const byKey = new Map<string, string[]>();
    for (const file of [...files].sort()) {
      const id = entryId(file);
      const key = toKebabId(id);
      byKey.set(key, [...(byKey.get(key) ?? []), file]);
      if (!ID_PATTERN.test(id)) {
        issues.push({
          file,
          field: '(file name)',
          message: `the file name ${JSON.stringify(id)} must be lowercase ASCII words joined by hyphens, such as "${key || 'ana-silva'}"; rename the file, since its name is its id in links and references`,
        });
      }
    }
    for (const [key, clash] of byKey) {
      if (clash.length < 2) continue;
      const [first, ...others] = clash as [string, ...string[]];
      const lookAlike = others.some((other) => other !== first && other.normalize('NFC') === first.normalize('NFC'));
      issues.push({
        file: first,
        field: '(file name)',
        message:
          `${others.map((other) => `"${other}"`).join(' and ')} ${others.length === 1 ? 'has' : 'have'} the same id "${key}" as this file; ids must be unique in ${collection}${inYearFolders(collection) ? ', across year folders' : ''}, so one would silently replace the other. Rename or remove one of them.` +
          (lookAlike
            ? ' The two names look the same but are written with different Unicode characters, such as ë typed as one letter or as e followed by a dot mark.'
            : ''),
      });
    }
  }
  return issues;
}

/** Whether a collection keeps its files in year folders, where the same name can appear twice. */
function inYearFolders(collection: string): boolean {
  return collection in COLLECTION_FILES && COLLECTION_FILES[collection as keyof typeof COLLECTION_FILES].pattern.startsWith('**/');
}
