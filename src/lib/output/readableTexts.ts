import { decodeHTML } from 'entities';
import { XMLParser } from 'fast-xml-parser';
import { parse, parseFragment, type DefaultTreeAdapterTypes as Tree } from 'parse5';
import { readerForm } from './findContactDetails.ts';

/**
 * Built files whose text is scanned for contact details, by name: pages, feeds and sitemaps, JSON,
 * plain text and the pages of the search index (`.pf_fragment`, gzip-compressed: inflate them first).
 * Not scanned: the site's own scripts and styles, images, fonts, and Pagefind's binary word, filter and
 * meta files, which hold only words and filter values taken from the fragments.
 */
export const SCANNED_FILE = /\.(?:html?|xml|rss|atom|svg|json|webmanifest|txt|pf_fragment)$/i;

export interface ReadableOptions {
  /** The site's address (site.yaml `url`): its own images under /_img/ are named by content hashes, not read. */
  site?: string;
}

/**
 * Elements that break the text around them: blocks, table parts, line breaks, and replaced or embedded
 * elements. Text in any other element joins the text around it, as a reader sees `<em>ada</em>@example.org`.
 */
const BREAKING = new Set(
  (
    'address article aside blockquote body br button canvas caption center col colgroup dd details dialog dir div dl dt ' +
    'embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input ' +
    'legend li link listing main math menu meta meter nav noscript object ol optgroup option p picture plaintext pre ' +
    'progress section select source summary svg table tbody td template textarea tfoot th thead title tr track ul ' +
    'video audio xmp'
  ).split(' '),
);

/** Attributes that hold only drawing instructions or checksums, never text or an address. */
const GEOMETRY = new Set(['d', 'points', 'viewbox', 'transform', 'integrity', 'nonce', 'sizes', 'width', 'height']);

/** Reads XML into values as written, attributes and comments included, entities decoded. */
const XML = new XMLParser({
  ignoreAttributes: false,
  commentPropName: '#comment',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
});

/** Characters a browser drops from an address: tabs and line breaks anywhere, spaces around it. */
const cleanUrl = (value: string) => value.replace(/[\t\n\r]/g, '').trim();

/** Percent-encoding decoded, as often as it was applied (at most three times); bytes that are not UTF-8 read as Latin-1. */
export function percentDecoded(text: string): string {
  let current = text;
  for (let round = 0; round < 3 && /%[0-9a-f]{2}/i.test(current); round++) {
    current = current.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      }
    });
  }
  return current;
}

/** Collects the texts of one file, in the order they are found. */
class Reader {
  readonly texts: string[] = [];
  private readonly site: string;

  constructor(options: ReadableOptions) {
    this.site = (options.site ?? '').replace(/\/+$/, '');
  }

  /** Keeps a text to scan, unless it is blank. */
  add(text: string): void {
    if (text.trim()) this.texts.push(text);
  }

  /** Whether an address is one of the site's own images, such as /_img/1a2b3c4d5e6f-480.avif. */
  private isOwnImage(url: string): boolean {
    const local = this.site && url.startsWith(`${this.site}/`) ? url.slice(this.site.length) : url;
    return /^\/_img\/[0-9a-f]+-\d+\.(?:avif|webp|jpe?g|png)$/i.test(local);
  }

  /**
   * A value that may be text or an address: an attribute, a JSON string, the text of an XML element.
   * A tel: target is kept as one; the parameters of a query string are decoded (+ is a space there).
   */
  value(raw: string): void {
    const url = cleanUrl(raw);
    if (this.isOwnImage(url)) return;
    if (/^tel:/i.test(url)) return this.add(`tel:${percentDecoded(url.slice(4)).trim()}`);
    this.add(raw);
    const query = url.indexOf('?');
    if (query >= 0 && /^(?:[a-z][a-z0-9+.-]*:|[/?#.])\S*$/i.test(url)) {
      for (const [key, value] of new URLSearchParams(url.slice(query + 1).split('#')[0])) this.add(`${key} ${value}`);
    }
  }

  /** An attribute's value: the candidates of a srcset one by one, a frame's srcdoc as a page; drawing instructions skipped. */
  attribute(name: string, value: string): void {
    if (GEOMETRY.has(name)) return;
    if (name === 'srcset' || name === 'imagesrcset') {
      for (const candidate of value.split(',')) this.value(candidate.trim().split(/\s+/)[0] ?? '');
      return;
    }
    if (name === 'srcdoc') return this.html(value, false);
    this.value(value);
  }

  /**
   * A page as a reader sees it: its text, with text in inline elements joined and block boundaries
   * breaking lines; its comments, scripts and styles; and every attribute's value.
   */
  html(text: string, fragment: boolean): void {
    // Without scripting, <noscript> holds markup rather than raw text.
    const root = fragment ? parseFragment(text, { scriptingEnabled: false }) : parse(text, { scriptingEnabled: false });
    let visible = '';
    // Attributes, comments and scripts are read after the text, so hits are listed in reading order.
    const elements: Tree.Element[] = [];
    const comments: string[] = [];
    const visit = (node: Tree.Node): void => {
      if (node.nodeName === '#text') {
        visible += (node as Tree.TextNode).value.replace(/[\t\n\f\r ]+/g, ' ');
        return;
      }
      if (node.nodeName === '#comment') return void comments.push((node as Tree.CommentNode).data);
      if (!('childNodes' in node)) return;
      if (!('tagName' in node)) return node.childNodes.forEach(visit);
      const element = node as Tree.Element;
      elements.push(element);
      if (element.tagName === 'script' || element.tagName === 'style') return;
      const breaks = BREAKING.has(element.tagName);
      if (breaks) visible += '\n';
      element.childNodes.forEach(visit);
      if (element.tagName === 'template') (element as Tree.Template).content.childNodes.forEach(visit);
      if (breaks) visible += '\n';
    };
    visit(root);
    this.add(visible);
    for (const element of elements) {
      for (const { name, value } of element.attrs) this.attribute(name, value);
      if (element.tagName !== 'script' && element.tagName !== 'style') continue;
      const code = element.childNodes.map((child) => (child.nodeName === '#text' ? (child as Tree.TextNode).value : '')).join('');
      const type = element.attrs
        .find((attribute) => attribute.name === 'type')
        ?.value.trim()
        .toLowerCase();
      if (type === 'application/ld+json' || type === 'application/json') this.document(code, JSON.parse);
      else this.add(code);
    }
    comments.forEach((comment) => this.add(comment));
  }

  /** A JSON or XML document, read by `parse`; text that does not parse is read as plain text. */
  document(text: string, parse: (text: string) => unknown): void {
    let data: unknown;
    try {
      data = parse(text);
    } catch {
      return this.plain(text);
    }
    this.data(data);
  }

  /** Every key, string and number of parsed JSON or XML; strings that hold markup (an escaped HTML description) are read as a page too. */
  private data(value: unknown): void {
    if (typeof value === 'string') {
      this.value(value);
      if (/<[a-z!/]/i.test(value)) this.html(value, true);
    } else if (typeof value === 'number') this.add(String(value));
    else if (Array.isArray(value)) value.forEach((item) => this.data(item));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        this.add(key);
        this.data(item);
      }
  }

  /** Plain text, with any address in it read as one. */
  plain(text: string): void {
    this.add(text);
    for (const token of text.split(/\s+/)) if (/^[a-z][a-z0-9+.-]*:\S|^\//i.test(token)) this.value(token);
  }
}

/**
 * The texts of a built file that readers, and anything that reads the site, can see, each to be scanned
 * on its own: for a page, its visible text as a reader sees it (entities decoded, inline markup joined)
 * and the values of its attributes (link targets percent-decoded, tel: targets kept as such, the site's
 * own image addresses left out); for JSON, XML and the search index, their strings and text. Every text
 * that still holds entities or percent-encoding is given decoded as well. Files that `SCANNED_FILE` does
 * not match give nothing.
 */
export function readableTexts(file: string, text: string, options: ReadableOptions = {}): string[] {
  if (!SCANNED_FILE.test(file)) return [];
  const reader = new Reader(options);
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  if (extension === 'html' || extension === 'htm') reader.html(text, false);
  // XML entities are decoded; every value is kept as written.
  else if (['xml', 'rss', 'atom', 'svg'].includes(extension)) reader.document(text, (xml) => XML.parse(xml));
  else if (extension === 'json' || extension === 'webmanifest') reader.document(text, JSON.parse);
  // Pagefind writes a signature, then the page's record as JSON.
  else if (extension === 'pf_fragment') reader.document(text.slice(Math.max(0, text.indexOf('{'))), JSON.parse);
  else reader.plain(text);
  const texts: string[] = [];
  for (const raw of reader.texts) {
    texts.push(raw);
    const entities = /&(?:#|[a-z])/i.test(raw) ? decodeHTML(raw) : raw;
    const decoded = percentDecoded(entities);
    if (entities !== raw) texts.push(entities);
    if (decoded !== entities) texts.push(decoded);
  }
  return [...new Set(texts)];
}

/** Letters and digits only, and for e-mail addresses @ and dots: what survives any markup around a contact detail. */
function skeleton(text: string, email: boolean): string {
  return readerForm(text)
    .toLowerCase()
    .replace(email ? /[^\p{L}\p{N}@.]+/gu : /[^\p{L}\p{N}]+/gu, '');
}

/**
 * Whether a content file holds a contact detail found in the output, however it was written there: with
 * Markdown or HTML around or inside it (`*ada*@example.org`), as entities (`ada&#64;example.org`),
 * percent-encoded in a link, with other spaces and dashes, or split by invisible characters.
 */
export function isWrittenIn(source: string, hit: string): boolean {
  const email = hit.includes('@');
  const key = email ? skeleton(hit, true) : hit.replace(/\D/g, '');
  // Tag names are dropped, so that <em>ada</em>@example.org reads as ada@example.org.
  const text = percentDecoded(decodeHTML(source)).replace(/<\/?[A-Za-z][\w:-]*(?=[\s/>])/g, ' ');
  return key.length > 0 && skeleton(text, email).includes(key);
}
