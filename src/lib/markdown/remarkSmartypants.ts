import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/**
 * Typography as Astro's `markdown.smartypants` sets it (remark-smartypants 3 over retext-smartypants 6): curly
 * quotes and apostrophes, em dashes for `--`, ellipses for `...`, and curly quotes for ``` `` ``` and `''`.
 * The same two passes give the same text, but each natural-language parse is skipped where it cannot change
 * anything: the quotes pass when a file has no straight quote at all, and the second pass (dashes, ellipses,
 * backticks) for every text node without `--`, three dots, ``` `` ``` or `''`. That second pass parsed every
 * text node of every file, and the two parses were about half of the content sync.
 */

/** Node types whose text the quotes pass reads, as remark-smartypants reads them. */
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/** Blocks whose text starts fresh: the quotes pass sees a space before each, so a quote at its start opens. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** JSX elements whose text is code, never prose. */
const IGNORED_ELEMENTS = new Set(['style', 'script']);
/** The white space of the parser (parse-latin) between dots of a spaced ellipsis. */
const SPACE = '[\\t-\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*';
/** Text the second pass could change: two dashes, three dots (spaced or not), double backticks or double straight single quotes. */
const SECOND_PASS = new RegExp(`--|\`\`|''|\\.${SPACE}\\.${SPACE}\\.`);
/** Text the quotes pass could change. */
const QUOTES = /["']/;

type Literal = Extract<Nodes, { value: string }>;

const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

/** Whether the quotes pass reads a node: remark-smartypants' own test. */
function isRead(node: Nodes, parent: Parents | undefined): boolean {
  if (!parent) return false;
  if (parent.type === 'mdxJsxTextElement' && (typeof parent.name !== 'string' || IGNORED_ELEMENTS.has(parent.name))) return false;
  return VISITED.has(node.type) && (isLiteral(node) || BLOCKS.has(node.type));
}

/** Whether text holds anything the second pass (dashes, ellipses, backticks) would change. */
export function needsSecondPass(text: string): boolean {
  return SECOND_PASS.test(text);
}

/** Whether text holds a straight quote, the only thing the quotes pass changes. */
export function needsQuotesPass(text: string): boolean {
  return QUOTES.test(text);
}

/** A remark plugin for smart typography, with the output of Astro's default `markdown.smartypants`. */
export function remarkSmartypants() {
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(smartypants, { quotes: false });
  return (tree: Root) => {
    const nodes: Nodes[] = [];
    const parts: string[] = [];
    visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
      if (!isRead(node, parent)) return;
      // Code counts as letters, so quotes around it pair up as they would around a word, and it stays untouched.
      if (isLiteral(node)) parts.push(node.type === 'text' ? node.value : 'A'.repeat(node.value.length));
      else parts.push(' ');
      nodes.push(node);
    });
    // All the text at once, so quotes around links and emphasis pair up across nodes.
    let allText = parts.join('');
    if (needsQuotesPass(allText)) allText = quotes.processSync(allText).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = allText.slice(start, end);
        node.value = needsSecondPass(text) ? rest.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}
