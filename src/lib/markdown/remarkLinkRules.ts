import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { IMAGE_URL_PREFIX } from '../images/optimizeImage.ts';
import { failAt, type RuleOptions } from './position.ts';

/** Link schemes a story may use; anything else (javascript:, data:, vbscript: ...) fails the build. */
export const SAFE_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** The scheme of a URL as a browser would read it (control characters and spaces ignored), or undefined if relative. */
export function linkScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match ? match[1]!.toLowerCase() : undefined;
}

/**
 * A remark plugin that keeps links (`[text](url)` and `[ref]: url`) to safe schemes and away from image
 * addresses, which could publish a photo made for an unpublished story; fails with file:line:col.
 */
export function remarkLinkRules(options: RuleOptions = {}) {
  return (tree: Root, file: VFile) => {
    const fail = failAt(file, options);
    visit(tree, ['link', 'definition'], (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      if (node.url.includes(IMAGE_URL_PREFIX))
        fail(node, `links may not point at an image address (${IMAGE_URL_PREFIX}...); link to the page that shows the photo.`);
      const scheme = linkScheme(node.url);
      if (scheme && !(SAFE_LINK_SCHEMES as readonly string[]).includes(scheme)) {
        fail(node, `links may start with ${SAFE_LINK_SCHEMES.map((s) => `${s}:`).join(', ')} or point within the site, not "${scheme}:".`);
      }
    });
  };
}
