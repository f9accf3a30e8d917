import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkContentImage } from '../images/checkContentImage.ts';
import { IMAGE_URL_PREFIX } from '../images/optimizeImage.ts';
import { locator } from './position.ts';
import { suggest } from '../content/suggest.ts';
import { ContentRuleError } from '../errors.ts';

/** Link schemes a story may use; anything else (javascript:, data:, vbscript: ...) fails the build. */
export const SAFE_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

export interface ContentRulesOptions {
  /** Components MDX content may use, from src/components/content/, each with the attributes it accepts. */
  components: Readonly<Record<string, readonly string[]>>;
  /** Folder that file paths in messages are relative to. */
  root?: string;
}

interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  [key: string]: unknown;
}

/** The scheme of a URL as a browser would read it (control characters and spaces ignored), or undefined if relative. */
export function linkScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match ? match[1]!.toLowerCase() : undefined;
}

/**
 * A remark plugin that keeps content to what editors are meant to write: no import/export or JavaScript
 * expressions in MDX, only allowlisted components with plain-text attributes, safe link schemes, no
 * top-level heading in a body, and photos the build can re-encode. It runs before anything is
 * evaluated and fails with file:line:col.
 */
export function remarkContentRules(options: ContentRulesOptions) {
  const allowed = Object.keys(options.components);
  const root = options.root ?? process.cwd();
  return async (tree: Root, file: VFile) => {
    const photos: { node: Node; src: string }[] = [];
    const where = locator(file, root);
    const fail = (node: Node, message: string): never => {
      throw new ContentRuleError(`${where(node)}: ${message}`);
    };
    const visit = (node: Node) => {
      switch (node.type) {
        case 'mdxjsEsm':
          fail(node, 'import and export are not allowed in content. The components in src/components/content/ can be used without importing them.');
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          fail(node, 'code in curly braces { } is not allowed in content. To show a brace as text, write \\{ or \\}.');
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkComponent(node);
          break;
        case 'heading':
          if (node['depth'] === 1) fail(node, 'a heading with a single # is the page title; start headings in the text with ## instead.');
          break;
        case 'link':
        case 'definition':
          checkLink(node, String(node['url'] ?? ''));
          break;
      }
      for (const child of node.children ?? []) visit(child);
    };
    const checkComponent = (node: Node) => {
      const name = node['name'] as string | null;
      if (!name || !allowed.includes(name)) {
        const guess = name ? suggest(name, allowed) : undefined;
        fail(
          node,
          `<${name ?? ''}> is not an allowed component. Content may use ${allowed.map((c) => `<${c}>`).join(', ') || 'no components'}${guess ? `; did you mean <${guess}>?` : '.'}`,
        );
      }
      const accepted = options.components[name ?? ''] ?? [];
      const attributes = (node['attributes'] as Node[]) ?? [];
      const seen = new Set<string>();
      for (const attribute of attributes) {
        if (attribute.type !== 'mdxJsxAttribute') fail(node, `<${name}> may not spread attributes with { }; write each attribute as name="text".`);
        const attributeName = String(attribute['name']);
        // MDX keeps the last of two attributes with one name: every check must see the value that is used.
        if (seen.has(attributeName)) fail(node, `<${name}> has the ${attributeName} attribute twice; keep one.`);
        seen.add(attributeName);
        if (!accepted.includes(attributeName)) {
          const guess = suggest(attributeName, accepted);
          fail(node, `<${name}> has no ${attributeName} attribute. It accepts ${accepted.join(', ') || 'none'}${guess ? `; did you mean ${guess}?` : '.'}`);
        }
        const value = attribute['value'];
        if (value !== null && typeof value === 'object')
          fail(node, `the ${attributeName} attribute of <${name}> must be plain text in quotes, not code in { }.`);
      }
      if (name === 'Photo') checkPhoto(node, attributes);
    };
    const checkPhoto = (node: Node, attributes: Node[]) => {
      const value = (attr: string) => attributes.find((a) => a['name'] === attr)?.['value'] as string | undefined;
      const src = value('src');
      if (!src || !value('alt')?.trim()) fail(node, '<Photo> needs src="./photo.jpg" and alt="what the photo shows".');
      photos.push({ node, src: src! });
      // The page resolves src against the file it came from.
      attributes.push({ type: 'mdxJsxAttribute', name: 'entryFile', value: file.path ? path.relative(root, file.path) : '' });
    };
    const checkLink = (node: Node, url: string) => {
      if (url.includes(IMAGE_URL_PREFIX))
        fail(node, `links may not point at an image address (${IMAGE_URL_PREFIX}...); link to the page that shows the photo.`);
      const scheme = linkScheme(url);
      if (scheme && !(SAFE_LINK_SCHEMES as readonly string[]).includes(scheme)) {
        fail(node, `links may start with ${SAFE_LINK_SCHEMES.map((s) => `${s}:`).join(', ')} or point within the site, not "${scheme}:".`);
      }
    };
    visit(tree as unknown as Node);
    for (const { node, src } of photos) {
      const problem = await checkContentImage(file.path, src);
      if (problem) fail(node, `<Photo>: ${problem}.`);
    }
  };
}
