import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import type { DepartmentData, KudosData, NewsletterData, PersonData, SpotlightData } from '../content/schema/index.ts';

/**
 * The text of an entry that pages, feeds, social cards and newsletters may show, field by field: what the
 * check for names of people who are not public reads. Fields that are never published (an approval's `by`,
 * ids in reference fields) are not listed.
 */
export interface PublishedText {
  /** The field, as docs/content.md names it: `title`, `hero.alt`, `tags[2]`, `body`. */
  field: string;
  /** Its text; for `body`, the text it renders to, then the addresses, alt texts and attributes it publishes. */
  text: string;
  /** True for a tag, which names a person when it is exactly their id. */
  tag?: boolean;
}

interface WithBody<T> {
  data: T;
  body?: string | undefined;
  filePath?: string | undefined;
}

/**
 * What a Markdown body shows as text: {@link markdownToText}, or the same answer found ahead of time (on
 * other threads, or kept from an earlier run for the same body).
 */
export type BodyToText = (body: string, options: { mdx: boolean }) => string;

/** A spotlight's published text: title, summary, tags, hero alt and credit, share texts and the story. */
export function spotlightText(entry: WithBody<SpotlightData>, toText: BodyToText = markdownToText): PublishedText[] {
  const { data } = entry;
  return fields(
    ['title', data.title],
    ['summary', data.summary],
    ...data.tags.map((tag, i): Field => [`tags[${i}]`, tag, true]),
    ['hero.alt', data.hero?.alt],
    ['hero.credit', data.hero?.credit],
    ...Object.entries(data.share ?? {}).map(([network, text]): Field => [`share.${network}`, text]),
    ['body', bodyText(entry, toText)],
  );
}

/** A kudos' published text: its message. */
export function kudosText(entry: { data: KudosData }): PublishedText[] {
  return fields(['message', entry.data.message]);
}

/** A newsletter issue's published text: its title and the editor's letter. */
export function newsletterText(entry: WithBody<NewsletterData>, toText: BodyToText = markdownToText): PublishedText[] {
  return fields(['title', entry.data.title], ['body', bodyText(entry, toText)]);
}

/** A department's published text: name, summary, photo alt text and profile. */
export function departmentText(entry: WithBody<DepartmentData>, toText: BodyToText = markdownToText): PublishedText[] {
  const { data } = entry;
  return fields(['name', data.name], ['summary', data.summary], ['photo.alt', data.photo?.alt], ['body', bodyText(entry, toText)]);
}

/** A person's published text about them, their own name aside: role, summary, pronouns, photo alt text, links and bio. */
export function personText(entry: WithBody<PersonData>, toText: BodyToText = markdownToText): PublishedText[] {
  const { data } = entry;
  return fields(
    ['role', data.role],
    ['roleSummary', data.roleSummary],
    ['pronouns', data.pronouns],
    ['photo.alt', data.photo?.alt],
    ...Object.entries(data.links ?? {}).map(([network, url]): Field => [`links.${network}`, url]),
    ['body', bodyText(entry, toText)],
  );
}

type Field = [field: string, text: string | undefined, tag?: boolean];

function fields(...list: Field[]): PublishedText[] {
  return list
    .filter((field): field is [string, string, boolean?] => Boolean(field[1]))
    .map(([field, text, tag]) => (tag ? { field, text, tag } : { field, text }));
}

/** The text a body renders to, with what else it publishes, or undefined when there is none. */
function bodyText(entry: WithBody<unknown>, toText: BodyToText): string | undefined {
  if (!entry.body) return undefined;
  return toText(entry.body, { mdx: isMdx(entry) });
}

/** Whether an entry's body is MDX (read with MDX's syntax), by its file's extension. */
export function isMdx(entry: { filePath?: string | undefined }): boolean {
  return entry.filePath?.endsWith('.mdx') ?? false;
}

/**
 * Whether a link address points within the site (a path, no scheme). Those are not published as written:
 * the build's link step keeps links to published pages and turns links to content that is not public into
 * plain text, so `/people/<id>/` of someone who withdrew never reaches a page.
 */
const isInternal = (url: string) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim());

/** Raw HTML without the addresses of its links within the site (see isInternal). */
const withoutInternalHrefs = (html: string) =>
  html.replace(/\shref\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, (attribute, value: string) => (isInternal(value.replace(/^["']|["']$/g, '')) ? '' : attribute));

/**
 * GitHub's Markdown as far as it changes which words a reader sees: footnotes (a footnote's text would
 * otherwise read as a link definition and vanish), strikethrough and task lists. Two parts are left out
 * because the words come out the same without them, and together they made parsing three times slower, being
 * tried at every letter and every line: bare addresses made into links (the link shows the characters it is
 * made of) and tables (a row read as a line of text has the same words, its pipes separating them as cells do).
 */
function remarkGfmText(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const markdown = unified().use(remarkParse).use(remarkGfmText).freeze();
const mdx = unified().use(remarkParse).use(remarkGfmText).use(remarkMdx).freeze();

interface Node {
  type: string;
  value?: unknown;
  url?: unknown;
  alt?: unknown;
  title?: unknown;
  children?: Node[];
  attributes?: { type: string; value?: unknown }[];
}

/** Nodes whose children run on as one line of text: `**Ada** Lovelace` reads `Ada Lovelace`. */
const PHRASING = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'mdxJsxTextElement']);

/**
 * The text a Markdown (or MDX) body shows as a reader sees it: emphasis and links undone, blocks on lines of
 * their own, then the addresses, alt texts, titles, raw HTML and component attributes it also publishes, one
 * per line. A body that cannot be parsed is returned as written.
 */
export function markdownToText(body: string, options: { mdx?: boolean } = {}): string {
  let tree: Root;
  try {
    tree = (options.mdx ? mdx : markdown).parse(body);
  } catch {
    return body;
  }
  const extras: string[] = [];
  const text = (node: Node): string => {
    if (typeof node.url === 'string' && !((node.type === 'link' || node.type === 'definition') && isInternal(node.url))) extras.push(node.url);
    if (typeof node.title === 'string') extras.push(node.title);
    if (node.type === 'html' && typeof node.value === 'string') return withoutInternalHrefs(node.value);
    for (const attribute of node.attributes ?? []) if (typeof attribute.value === 'string') extras.push(attribute.value);
    if (node.type === 'image' || node.type === 'imageReference') return typeof node.alt === 'string' ? node.alt : '';
    if (node.type === 'break') return '\n';
    if (typeof node.value === 'string') return node.value;
    const children = (node.children ?? []).map(text);
    return PHRASING.has(node.type) ? children.join('') : children.join('\n');
  };
  return [text(tree as Node), ...extras].join('\n');
}
