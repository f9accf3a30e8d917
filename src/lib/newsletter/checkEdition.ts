import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** Gmail clips a message whose HTML is larger than this, hiding the rest behind "View entire message". */
export const GMAIL_CLIP_BYTES = 102 * 1024;

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * What may go wrong with a built email edition, one line each: over Gmail's clipping size, an image the
 * build did not publish (so readers see a broken image), or an image without alt text or size.
 * `exists` tells whether an address of the site (its path, such as /_img/x.jpg) is a built file.
 */
export function checkEdition(html: string, options: { siteUrl: string; exists: (path: string) => boolean }): string[] {
  const warnings: string[] = [];
  const bytes = Buffer.byteLength(html);
  if (bytes > GMAIL_CLIP_BYTES) {
    warnings.push(`The HTML is ${kilobytes(bytes)}, over Gmail's ${kilobytes(GMAIL_CLIP_BYTES)}: Gmail will clip it. Feature fewer stories or kudos.`);
  }
  const origin = new URL(options.siteUrl).origin;
  const images: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node && node.tagName === 'img') images.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parse(html));
  for (const img of images) {
    const attr = (name: string) => img.attrs.find((one) => one.name === name)?.value;
    const src = attr('src') ?? '';
    let url: URL | undefined;
    try {
      url = new URL(src);
    } catch {
      warnings.push(`An image has no absolute address ("${src}"): mail clients cannot load it.`);
      continue;
    }
    if (url.origin === origin && !options.exists(decodeURIComponent(url.pathname))) {
      warnings.push(`The image ${src} is missing from the built site: build again before sending.`);
    }
    if (attr('alt') === undefined) warnings.push(`The image ${src} has no alt text.`);
    if (!attr('width') || !attr('height')) warnings.push(`The image ${src} has no width or height.`);
  }
  return warnings;
}

/** A size as the commands print it: 16.2 KB. */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
