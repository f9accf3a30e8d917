/**
 * The link step of `npm run build`, run on the built site before it is indexed for search. Markdown is
 * rendered before the publication rule runs, so only the built site shows where its links go: a link to a
 * page that was never made fails the build; a link to content that is not public (withdrawn, expired,
 * scheduled, in review, draft) loses its tags, keeps its text, and is listed as a notice.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildNotice } from '../src/lib/output/buildNotices.ts';
import { classifyLink, type BuiltSite, type UnpublishedPage } from '../src/lib/output/classifyLink.ts';
import { COLLECTION_FILES } from '../src/lib/content/collections.ts';
import { describeContentPages } from '../src/lib/output/describeContentPages.ts';
import { entryId } from '../src/lib/content/entryId.ts';
import { findWritten } from '../src/lib/output/findWritten.ts';
import { parseContent } from '../src/lib/content/parseContent.ts';
import { readContentFolder } from '../src/lib/content/readContentFolder.ts';
import { formatIssues } from '../src/lib/errors.ts';
import { findLinks, hrefsIn, unwrapLinks, type HtmlLink } from '../src/lib/output/unwrapLinks.ts';
import { listFiles } from './lib/files.ts';

/** What the link step found: links to nothing, which fail the build, and links it turned into text. */
export interface LinkCheck {
  /** One line per link to a page that does not exist: file:line:col, the address and the closest page. */
  broken: string[];
  notices: BuildNotice[];
}

/** Where a link may go without the link step doing anything. */
const FINE = new Set(['published', 'external']);

/** A content file that can hold links, as read. */
interface Source {
  /** Relative to the project, as messages name it. */
  name: string;
  text: string;
  id: string;
  collection: keyof typeof COLLECTION_FILES;
}

/**
 * Checks every link of every page in `dir` (the staging folder) against the pages built and the content in
 * `content`, read and published as the build read it, unwrapping links to unpublished content in place.
 * `root` is what file names are relative to; `publicDir` the folder copied into the site as is.
 */
export async function checkInternalLinks(dir: string, content: string, root: string, now: Date, publicDir: string): Promise<LinkCheck> {
  // The build has already checked the content and refused it with any issue, so it is only read here: which
  // pages it defines needs its front matter, not the publication rule's reading of every text again.
  const folder = readContentFolder(content, publicDir);
  const loaded = { folder, ...parseContent(folder) };
  // Reaching here with issues means the content changed meanwhile.
  if (!loaded.site || loaded.issues.length > 0) throw new Error(formatIssues(loaded.issues));
  const site = loaded.site;
  const files = await listFiles(dir);
  const urlPaths = new Set(files.map((file) => `/${file}`.normalize('NFC')));

  const sources: Source[] = loaded.folder.files.flatMap(({ collection, filePath, text }) =>
    text !== undefined && (collection === 'people' || collection === 'departments' || collection === 'spotlights')
      ? [{ name: path.relative(root, filePath), text, id: entryId(filePath), collection }]
      : [],
  );
  const pages = describeContentPages(loaded.content, site, now);
  const unpublished = new Map<string, UnpublishedPage>();
  for (const [page, why] of pages) if (!urlPaths.has(`${page}index.html`)) unpublished.set(page, { why: why || 'it is not published in this build' });
  const built: BuiltSite = { siteUrl: site.url, files: urlPaths, unpublished };

  // Every page repeats the same menu and footer links: an address that does not depend on the page it is
  // on (absolute, or from the site's root) is classified once.
  const fine = new Map<string, boolean>();
  const isFine = (href: string, page: string) => {
    const key = /^(?:[a-z][a-z0-9+.-]*:|\/(?!\/))/i.test(href) ? href : `${page}\n${href}`;
    let known = fine.get(key);
    if (known === undefined) fine.set(key, (known = FINE.has(classifyLink(href, page, built).kind)));
    return known;
  };
  const broken: string[] = [];
  const notices: BuildNotice[] = [];
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const urlPath = `/${file}`;
    const page = urlPath.endsWith('/index.html') ? urlPath.slice(0, -'index.html'.length) : urlPath;
    const html = await readFile(path.join(dir, file), 'utf8');
    // Most pages only link to published pages and elsewhere: known without parsing them.
    if (hrefsIn(html).every((href) => isFine(href, page))) continue;
    const unwrap: HtmlLink[] = [];
    for (const link of findLinks(html)) {
      const target = classifyLink(link.href, page, built);
      if (target.kind === 'unpublished') {
        unwrap.push(link);
        for (const where of whereWritten(sources, page, link.href)) {
          notices.push({
            file: where.file,
            message: `${where.at ? `${where.at}: ` : ''}the link to "${link.href}" ("${link.text}") is published as plain text: ${target.page.why}.`,
          });
        }
      } else if (target.kind === 'missing') {
        for (const where of whereWritten(sources, page, link.href)) {
          const closest = target.closest ? ` The closest existing page is "${target.closest}".` : '';
          broken.push(`${where.file}${where.at ? `:${where.at}` : ''}: the link to "${link.href}" goes to no page of the site.${closest}`);
        }
      }
    }
    if (unwrap.length > 0) await writeFile(path.join(dir, file), unwrapLinks(html, unwrap));
  }
  const unique = new Map(notices.map((notice) => [`${notice.file}\n${notice.message}`, notice]));
  return { broken: [...new Set(broken)], notices: [...unique.values()] };
}

/**
 * Where a link on a page is written: in the content file the page shows, else in any content file, as
 * `file` and `line:col`; a link written in no content file is named by its page.
 */
function whereWritten(sources: readonly Source[], page: string, href: string): { file: string; at: string }[] {
  const own = sources.filter((source) => page === `/${COLLECTION_FILES[source.collection].folder}/${source.id}/`);
  for (const candidates of [own, sources]) {
    const found = candidates.flatMap((source) =>
      findWritten(source.text, href).map((position) => ({ file: source.name, at: `${position.line}:${position.column}` })),
    );
    if (found.length > 0) return found;
  }
  return [{ file: `the page ${page}`, at: '' }];
}
