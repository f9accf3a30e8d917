import { decodeHTMLAttribute } from 'entities';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** One `<a href>` of an HTML document, with where its tags are in the text. */
export interface HtmlLink {
  /** The address as the browser reads it, character references decoded. */
  href: string;
  /** The text it shows, whitespace collapsed. */
  text: string;
  /** Offsets of the start tag and, when written, the end tag: [start, end). */
  tags: [start: number, end: number][];
}

/**
 * Every `href` value written in an HTML document, decoded as a browser decodes attributes: a superset of
 * the addresses {@link findLinks} returns (it also reads other elements, comments and scripts), found
 * without parsing. When none of these needs attention, neither does any link of the page.
 */
export function hrefsIn(html: string): string[] {
  return [...html.matchAll(HREF)].map((match) => decodeHTMLAttribute(match[1] ?? match[2] ?? match[3] ?? ''));
}

/** An attribute named href and its value: quoted, or unquoted up to HTML's own spaces or `>`, as HTML reads it. */
const HREF = /(?<![\w:-])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >]+))/gi;

/** Every link with an href in an HTML document, in document order. */
export function findLinks(html: string): HtmlLink[] {
  const links: HtmlLink[] = [];
  const walk = (node: Node) => {
    if (isElement(node) && node.tagName === 'a') {
      const href = node.attrs.find((attr) => attr.name === 'href' && !attr.namespace)?.value;
      const { startTag, endTag } = node.sourceCodeLocation ?? {};
      if (href !== undefined && startTag) {
        const tags: [number, number][] = [[startTag.startOffset, startTag.endOffset]];
        if (endTag) tags.push([endTag.startOffset, endTag.endOffset]);
        links.push({ href, text: textOf(node).replace(/\s+/g, ' ').trim(), tags });
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    if (isElement(node) && node.tagName === 'template' && 'content' in node) walk((node as DefaultTreeAdapterTypes.Template).content);
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  return links;
}

/** The document with these links' tags removed and everything between them kept: the link becomes its text. */
export function unwrapLinks(html: string, links: readonly HtmlLink[]): string {
  const cuts = links.flatMap((link) => link.tags).sort((a, b) => b[0] - a[0]);
  let result = html;
  for (const [start, end] of cuts) result = result.slice(0, start) + result.slice(end);
  return result;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}
