import { checkContentFolder } from './checkContentFolder.ts';
import { checkEntries } from './checkEntries.ts';
import { parseContent } from './parseContent.ts';
import { readContentFolder, type ContentFolder } from './readContentFolder.ts';
import { THEMES, type SiteSettings } from './schema/index.ts';
import type { ContentIssue } from '../errors.ts';
import { readImageFacts } from '../images/readImageFacts.ts';
import type { BuildNotice } from '../output/buildNotices.ts';
import type { BodyToText } from '../publication/listPublishedText.ts';
import { publish, type Content } from '../publication/publish.ts';
import { resolveSite, type SiteModel } from '../publication/resolveSite.ts';

/** A content folder read, checked and published without Astro. */
export interface LoadedContent {
  /** The files as read. */
  folder: ContentFolder;
  /** The settings, once valid. */
  site: SiteSettings | undefined;
  /** Every entry that passed its schema, before the publication rule. */
  content: Content;
  /** What the build would publish; undefined when there are issues, since the build would publish nothing. */
  model: SiteModel | undefined;
  /** Problems the editor has to fix, in the build's words; the build fails on any of them. */
  issues: ContentIssue[];
  /** What the publication rule left out that an editor may not expect, as the build summary lists it. */
  notices: BuildNotice[];
}

/** Issues without repeats: a date written wrong is found both as written and by its schema. */
const unique = (issues: readonly ContentIssue[]) => [...new Map(issues.map((issue) => [`${issue.file}\n${issue.field}\n${issue.message}`, issue])).values()];

/**
 * Reads a content folder with plain file access and takes the build's decisions on it: the same checks, the
 * same publication rule at `now`, the same resolved model. For command-line tools that must not start Astro.
 */
export async function loadContentFolder(
  dir: string,
  options: {
    now: Date;
    publicDir: string;
    /** What the Markdown bodies of valid content show as text, found ahead of the publication rule (see publish). */
    bodyTexts?: (content: Content) => Promise<BodyToText>;
  },
): Promise<LoadedContent> {
  const folder = readContentFolder(dir, options.publicDir);
  const { site, content, issues } = parseContent(folder);
  // A file that is not valid YAML is reported once, as the build does, not again by the check of its dates.
  const unreadable = new Set(issues.filter((issue) => issue.field.startsWith('line ')).map((issue) => issue.file));
  const found = [...checkContentFolder(folder).filter((issue) => !(unreadable.has(issue.file) && issue.field === '(file)')), ...issues];
  // Entries that failed their schema are missing, so references to them would look broken: check the rest once all are read.
  if (site && issues.length === 0) found.push(...checkEntries(content, site, options.now, await readImageFacts(content)));
  if (!site || found.length > 0) return { folder, site, content, model: undefined, issues: unique(found), notices: [] };
  const { notices, ...published } = publish(content, site, options.now, await options.bodyTexts?.(content));
  return { folder, site, content, model: resolveSite(published, site, options.now, THEMES), issues: [], notices };
}
