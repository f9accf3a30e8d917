import { parseFrontmatter } from '@astrojs/markdown-remark';
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import type { FileCollection } from './collections.ts';
import { entryId } from './entryId.ts';
import type { CollectionFileText, ContentFolder } from './readContentFolder.ts';
import type { SiteSettings } from './schema/index.ts';
import { PLAIN_SCHEMAS } from './schema/plain.ts';
import type { ContentIssue } from '../errors.ts';
import type { Content, Entry } from '../publication/publish.ts';

/** An entry as Astro's loaders make it, before its schema: id from the file name, front matter or YAML as data, the Markdown body. */
export interface RawEntry {
  id: string;
  filePath: string;
  data: unknown;
  body?: string | undefined;
}

/** What the content folder holds once read as Astro reads it: the settings and every entry that passed its schema. */
export interface ParsedContent {
  /** content/site.yaml through its schema; undefined when missing or invalid (an issue says why). */
  site: SiteSettings | undefined;
  /** Every entry that passed its collection's schema. */
  content: Content;
  /** Files that cannot be read and fields that break a schema, with the schemas' own messages. */
  issues: ContentIssue[];
}

/** The message for YAML that cannot be read, as the build words it. */
export function invalidYamlMessage(reason: string): string {
  return `this is not valid YAML (${reason.trim()}). Check the indentation, and put text that contains a colon, # or quotes in double quotes, such as title: "Night shift: the sequel"`;
}

/** A YAML error as a content issue naming its line in the file (front matter counts from the line of its opening ---). */
function yamlIssue(file: string, error: unknown): ContentIssue {
  const { reason, mark } = error as { reason?: string; mark?: { line: number } };
  return {
    file,
    field: mark ? `line ${mark.line + 1}` : '(file)',
    message: invalidYamlMessage(reason ?? (error instanceof Error ? error.message : String(error))),
  };
}

/**
 * A file as Astro's loaders read it, before its schema: Markdown and MDX split into front matter and body
 * (with `parseFrontmatter`, as Astro does), YAML read whole. A file that cannot be read is an issue.
 */
export function readRawEntry(file: CollectionFileText & { text: string }): RawEntry | ContentIssue {
  const { filePath, text } = file;
  const id = entryId(filePath);
  if (/\.ya?ml$/.test(filePath)) {
    let data: unknown;
    try {
      data = parseYaml(text, { filename: filePath });
    } catch (error) {
      return yamlIssue(filePath, error);
    }
    return { id, filePath, data };
  }
  try {
    const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    return { id, filePath, data: parsed.frontmatter, body: parsed.content.trim() };
  } catch (error) {
    return yamlIssue(filePath, error);
  }
}

/** A value through a schema, as Astro validates an entry: each problem an issue on its field (Astro's dotted path). */
export function validateData<T>(schema: z.ZodType<T>, file: string, data: unknown): { data: T } | { issues: ContentIssue[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data };
  return { issues: result.error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.') || '(file)', message: issue.message })) };
}

/**
 * Parses the texts of a content folder into validated entries, as Astro's content layer would: ids from file
 * names, collections from `COLLECTION_FILES`, the same schemas with plain references. Symbolic links are
 * not read (the folder check refuses them).
 */
export function parseContent(folder: Pick<ContentFolder, 'dir' | 'files' | 'site'>): ParsedContent {
  const issues: ContentIssue[] = [];
  const content: Content = { people: [], departments: [], spotlights: [], kudos: [], newsletter: [] };
  const entries = content as unknown as Record<FileCollection, Entry<unknown>[]>;
  for (const file of folder.files) {
    if (file.text === undefined) continue;
    const raw = readRawEntry({ ...file, text: file.text });
    if (!('id' in raw)) {
      issues.push(raw);
      continue;
    }
    const result = validateData<unknown>(PLAIN_SCHEMAS[file.collection], raw.filePath, raw.data);
    if ('issues' in result) issues.push(...result.issues);
    else entries[file.collection].push({ ...raw, data: result.data });
  }
  let site: SiteSettings | undefined;
  if (!folder.site) issues.push({ file: `${folder.dir}/site.yaml`, field: '(file)', message: MISSING_SITE });
  else {
    const result = readSettings(folder.site.filePath, folder.site.text);
    if ('issues' in result) issues.push(...result.issues);
    else site = result.data;
  }
  return { site, content, issues };
}

/** content/site.yaml through its schema, read as src/content.config.ts reads it. */
export function readSettings(file: string, text: string): { data: SiteSettings } | { issues: ContentIssue[] } {
  let data: unknown;
  try {
    // The core schema keeps a date as the text it is (2026-06-31 stays "2026-06-31"), so the schema sees what was written.
    data = parseYaml(text, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    return { issues: [yamlIssue(file, error)] };
  }
  return validateData(PLAIN_SCHEMAS.site, file, data);
}

/** Why a site without settings cannot be built. */
export const MISSING_SITE = 'content/site.yaml is missing: every site needs one (see docs/content.md).';
