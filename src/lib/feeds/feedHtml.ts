import { parseFragment, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { contentPageOf } from '../urls.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;
type Parent = DefaultTreeAdapterTypes.ParentNode;

/** Characters XML 1.0 does not allow anywhere, even escaped: C0 controls but tab and newlines, lone surrogates, U+FFFE/F. */
const INVALID_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** The text without the characters XML cannot carry, so a feed always parses. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML, '');
}

/** An image to put before a story's text in a feed: absolute or site-relative `src`, with its size and alt text. */
export interface LeadImage {
  src: string;
  alt: string;
  width: number;
  height: number;
}

export interface FeedHtmlOptions {
  /** The absolute address of the page the HTML belongs to; relative addresses resolve against it. */
  pageUrl: string;
  /** Whether a path of the site (as `paths` writes it) is published: links to content pages that are not lose their tags. */
  isPublished: (path: string) => boolean;
  /** The story's hero, shown first. */
  lead?: LeadImage | undefined;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite']);
const DROPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript']);

/**
 * A page's rendered story HTML made fit for a feed reader, which shows it away from the site: every
 * address absolute (`href`, `src`, `srcset`), links to content that is not public turned into their text
 * (as the build does on pages), scripts, styles, classes and data attributes removed, the hero first as an
 * `<img>` with alt text, width and height, and no character XML cannot hold.
 */
export function feedHtml(html: string, options: FeedHtmlOptions): string {
  const fragment = parseFragment(xmlSafe(html));
  const origin = new URL(options.pageUrl).origin;
  const absolute = (value: string) => {
    try {
      return new URL(value, options.pageUrl).href;
    } catch {
      return value;
    }
  };
  const walk = (parent: Parent) => {
    const children: Node[] = [];
    for (const node of parent.childNodes) {
      if (node.nodeName === '#comment') continue;
      if (!isElement(node)) {
        children.push(node);
        continue;
      }
      if (DROPPED_ELEMENTS.has(node.tagName)) continue;
      node.attrs = node.attrs
        .filter((attr) => attr.name !== 'class' && attr.name !== 'style' && !attr.name.startsWith('data-') && !attr.name.startsWith('on'))
        .map((attr) => {
          if (URL_ATTRIBUTES.has(attr.name)) return { ...attr, value: absolute(attr.value) };
          if (attr.name === 'srcset') return { ...attr, value: absoluteSrcset(attr.value, absolute) };
          return attr;
        });
      walk(node);
      const href = node.tagName === 'a' ? node.attrs.find((attr) => attr.name === 'href')?.value : undefined;
      if (href !== undefined && isUnpublished(href, origin, options.isPublished)) {
        for (const child of node.childNodes) child.parentNode = parent;
        children.push(...node.childNodes);
        continue;
      }
      children.push(node);
    }
    parent.childNodes = children;
  };
  walk(fragment);
  const body = serialize(fragment).trim();
  const lead = options.lead;
  if (!lead) return body;
  const img = `<img src="${escapeAttribute(absolute(lead.src))}" alt="${escapeAttribute(lead.alt)}" width="${lead.width}" height="${lead.height}">`;
  return `<p>${img}</p>\n${body}`;
}

function isUnpublished(href: string, origin: string, isPublished: (path: string) => boolean): boolean {
  const url = new URL(href);
  if (url.origin !== origin) return false;
  return contentPageOf(decodeURI(url.pathname)) !== undefined && !isPublished(url.pathname);
}

function absoluteSrcset(srcset: string, absolute: (value: string) => string): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim())
    .filter(Boolean)
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.split(/\s+/);
      return [absolute(url), ...descriptor].join(' ');
    })
    .join(', ');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}
