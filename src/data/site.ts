import { createHash } from 'node:crypto';
import { globSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildTime } from '../lib/publication/buildTime.ts';
import { checkDates } from '../lib/content/checkDates.ts';
import { COLLECTION_FILES, type FileCollection } from '../lib/content/collections.ts';
import { contentDir, publicDir } from '../lib/content/contentDir.ts';
import { findIdClashes } from '../lib/content/findIdClashes.ts';
import { findPublicImages } from '../lib/images/findPublicImages.ts';
import { findStrayFiles, type ContentFolderEntry } from '../lib/content/findStrayFiles.ts';
import { checkContentImage } from '../lib/images/checkContentImage.ts';
import { formatNoticeLine } from '../lib/output/buildNotices.ts';
import { findBorrowedImages, type ImageUse } from '../lib/images/findBorrowedImages.ts';
import { listTextImages } from '../lib/images/listTextImages.ts';
import { publish, whyPersonIsPrivate, whySpotlightIsUnpublished, type Content } from '../lib/publication/publish.ts';
import { listImages, validateContent } from '../lib/content/validateContent.ts';
import { ContentError, formatIssues, type ContentIssue } from '../lib/errors.ts';
import { THEMES, type SiteSettings } from '../lib/content/schema/index.ts';
import {
  resolveSite,
  type DepartmentView,
  type EntryKinds,
  type IssueView,
  type KudosView,
  type PersonView,
  type SiteModel,
  type SpotlightView,
} from '../lib/publication/resolveSite.ts';

/** Astro's collection entries, as the resolved model carries them (so pages can render their bodies). */
export interface AstroEntries extends EntryKinds {
  people: CollectionEntry<'people'>;
  departments: CollectionEntry<'departments'>;
  spotlights: CollectionEntry<'spotlights'>;
  kudos: CollectionEntry<'kudos'>;
  newsletter: CollectionEntry<'newsletter'>;
}

export type Site = SiteModel<AstroEntries>;
export type Person = PersonView<AstroEntries>;
export type Department = DepartmentView<AstroEntries>;
export type Spotlight = SpotlightView<AstroEntries>;
export type Kudos = KudosView<AstroEntries>;
export type NewsletterIssue = IssueView<AstroEntries>;

let loaded: Promise<Site> | undefined;

/**
 * The published site, resolved: loaded, checked and published once per build. This module is the only one
 * that reads `astro:content` collections; pages and components get the objects they show from here.
 */
export function getSite(): Promise<Site> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Site> {
  const siteEntry = await getEntry('site', 'site');
  if (!siteEntry) throw new ContentError('content/site.yaml is missing: every site needs one (see docs/content.md).');
  const site = siteEntry.data;
  const [people, departments, spotlights, kudos, newsletter] = await Promise.all([
    getCollection('people'),
    getCollection('departments'),
    getCollection('spotlights'),
    getCollection('kudos'),
    getCollection('newsletter'),
  ]);
  const content = { people, departments, spotlights, kudos, newsletter };
  const problems = new Map<string, string | undefined>();
  for (const image of listImages(content)) {
    problems.set(`${image.file}\n${image.src}`, await checkContentImage(image.file, image.src));
  }
  const now = buildTime(process.env);
  const issues = [...checkFiles(), ...validateContent(content, site, { imageProblem: (image) => problems.get(`${image.file}\n${image.src}`) })];
  if (issues.length === 0) issues.push(...checkBorrowedImages(content, site, now));
  if (issues.length > 0) throw new ContentError(formatIssues(issues));
  const { notices, ...published } = publish(content, site, now);
  // What the rule left out that an editor may not expect (a story naming someone who withdrew, a bio that
  // had to go): one line each, which `npm run build` lists in its summary. Never a failure: a withdrawal or
  // an expiry must take effect at the next scheduled build without anyone's commit.
  for (const notice of notices) console.log(formatNoticeLine(notice));
  return resolveSite<AstroEntries>(published, site, now, THEMES);
}

/** Finds pictures that one entry would publish although they belong to another (see findBorrowedImages). */
function checkBorrowedImages(
  content: Content<
    CollectionEntry<'people'>,
    CollectionEntry<'departments'>,
    CollectionEntry<'spotlights'>,
    CollectionEntry<'kudos'>,
    CollectionEntry<'newsletter'>
  >,
  site: SiteSettings,
  now: Date,
): ContentIssue[] {
  const uses: ImageUse[] = [];
  const hashes = new Map<string, string | undefined>();
  const add = (use: Omit<ImageUse, 'hash'>) => {
    const file = path.resolve(path.dirname(use.file), use.src);
    if (!hashes.has(file)) hashes.set(file, hashFile(file));
    const hash = hashes.get(file);
    if (hash) uses.push({ ...use, hash });
  };
  for (const image of listImages(content)) add(image);
  for (const collection of ['departments', 'spotlights', 'newsletter'] as const) {
    for (const entry of content[collection]) {
      if (!entry.filePath || !entry.body) continue;
      for (const src of listTextImages(entry.body, entry.filePath.endsWith('.mdx') ? 'mdx' : 'md'))
        add({ file: entry.filePath, collection, field: 'the text', src });
    }
  }
  const publicIds = new Set(content.people.filter((person) => whyPersonIsPrivate(person.data, now).length === 0).map((person) => person.id));
  const isPublic = (id: string) => publicIds.has(id);
  const reasons = new Map(
    content.spotlights.map((story) => [story.filePath ?? story.id, whySpotlightIsUnpublished(story.data, site, now, isPublic).join('; ')]),
  );
  return findBorrowedImages(uses, (file) => reasons.get(file) || undefined);
}

/** A hash of a file's content, or undefined when it cannot be read (its own check reports that). */
function hashFile(file: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * Checks the files themselves: files no collection reads, symbolic links, names that clash or are not ids,
 * pictures put where nothing re-encodes them, and dates as written, which YAML has already rolled over
 * (2026-06-31 to 1 July) before the schemas see them.
 */
function checkFiles(): ContentIssue[] {
  const dir = contentDir(process.env);
  const collections = (Object.entries(COLLECTION_FILES) as [FileCollection, (typeof COLLECTION_FILES)[FileCollection]][]).map(
    ([collection, { folder, pattern }]) => ({
      collection,
      files: globSync(pattern, { cwd: path.join(dir, folder) }).map((file) => path.posix.join(dir, folder, file.split(path.sep).join('/'))),
    }),
  );
  const copiedAsIs = publicDir(process.env);
  const publicFiles = globSync('**/*', { cwd: copiedAsIs }).map((file) => path.posix.join(copiedAsIs, file.split(path.sep).join('/')));
  // Dirents describe the link itself, not its target: a symbolic link is reported, never followed.
  const entries: ContentFolderEntry[] = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => ({
      path: path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      kind: entry.isSymbolicLink() ? 'symlink' : 'file',
    }));
  const siteFile = path.posix.join(dir, 'site.yaml');
  const dates = [
    ...checkDates('site', siteFile, readFileSync(siteFile, 'utf8')),
    ...collections.flatMap(({ collection, files }) => files.flatMap((file) => checkDates(collection, file, readFileSync(file, 'utf8')))),
  ];
  return [...findStrayFiles(entries, dir), ...findIdClashes(collections), ...findPublicImages(publicFiles), ...dates];
}
