import { parseFragment, serialize, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Parent = DefaultTreeAdapterTypes.ParentNode;
type Element = DefaultTreeAdapterTypes.Element;

const isElement = (node: Node): node is Element => 'tagName' in node;

/**
 * An HTML fragment with a `style` attribute on every element of the listed tags, for mail clients that
 * drop `<style>`.
 */
export function inlineStyles(html: string, styles: Readonly<Record<string, string>>): string {
  const fragment = parseFragment(html);
  const walk = (parent: Parent) => {
    for (const node of parent.childNodes) {
      if (!isElement(node)) continue;
      const style = styles[node.tagName];
      if (style) node.attrs = [...node.attrs.filter((attr) => attr.name !== 'style'), { name: 'style', value: style }];
      walk(node);
    }
  };
  walk(fragment);
  return serialize(fragment);
}

/**
 * An HTML fragment as plain text for the text edition: paragraphs and headings separated by blank lines,
 * list items with a dash, images by their alt text, and each link's address as a numbered footnote
 * (`text [1]`) added to `links`.
 */
export function htmlToText(html: string, links: string[]): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t]+/g, ' ').trim();
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (parent: Parent) => {
    for (const node of parent.childNodes) {
      if (node.nodeName === '#text') {
        line += (node as DefaultTreeAdapterTypes.TextNode).value.replace(/\s+/g, ' ');
        continue;
      }
      if (!isElement(node)) continue;
      const tag = node.tagName;
      if (tag === 'img') {
        const alt = node.attrs.find((attr) => attr.name === 'alt')?.value;
        if (alt) line += `[${alt}]`;
        continue;
      }
      if (tag === 'br') {
        line += '\n';
        continue;
      }
      const block = /^(p|h[1-6]|li|blockquote|figure|figcaption|div|section|ul|ol|table|tr)$/.test(tag);
      if (block) flush();
      if (tag === 'li') line += '- ';
      walk(node);
      if (tag === 'a') {
        const href = node.attrs.find((attr) => attr.name === 'href')?.value;
        if (href && !href.startsWith('#')) {
          links.push(href);
          line += ` [${links.length}]`;
        }
      }
      if (block) flush();
    }
  };
  walk(parseFragment(html));
  flush();
  return blocks.join('\n\n');
}
