import { compile } from '@mdx-js/mdx';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import astroSmartypants from 'remark-smartypants';
import { unified, type Pluggable } from 'unified';
import { describe, expect, test } from 'vitest';
import { needsQuotesPass, needsSecondPass, remarkSmartypants } from '../../src/lib/markdown/remarkSmartypants.ts';

/** Markdown to HTML with GFM and one smartypants plugin, as Astro runs it (right after GFM). */
async function html(markdown: string, plugin: Pluggable): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use([plugin])
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(markdown);
  return String(file);
}

/** MDX compiled to JavaScript with one smartypants plugin. */
async function mdx(source: string, plugin: Pluggable): Promise<string> {
  return String(await compile(source, { remarkPlugins: [remarkGfm, plugin] }));
}

const MARKDOWN: [name: string, markdown: string, expected: RegExp][] = [
  ['quotes around a link', 'She said "[read the story](/s/) first" and left.', /“<a href="\/s\/">read the story<\/a> first”/],
  ['quotes around emphasis', '"*Really*," she asked, "**now**?"', /“<em>Really<\/em>,” she asked, “<strong>now<\/strong>\?”/],
  ['apostrophes', "Liam O'Brien says it's the '90s again, and that's Chris' view.", /O’Brien says it’s the ’90s again, and that’s Chris’ view/],
  ['nested quotes', `He said, "'Quoted' words in a larger quote."`, /“‘Quoted’ words in a larger quote.”/],
  ['a quote opening a paragraph after a heading', '## What\'s next\n\n"Soon," she said.', /What’s next[\s\S]*“Soon,” she said/],
  ['inline code, untouched', 'Type `"it\'s" -- ...` or "this".', /<code>"it's" -- ...<\/code> or “this”/],
  ['a code block, untouched', '```\nconst a = "it\'s" -- ...\n```\n\nAfter "it".', /const a = "it's" -- ...[\s\S]*After “it”/],
  ['dashes and ellipses', 'Wait -- really... and then . . . nothing --- at all.', /Wait — really… and then … nothing --- at all/],
  ['double backticks and quotes', "``Quoted'' the old way.", /“Quoted” the old way/],
  ['a table', '| a | b |\n| - | - |\n| "x" | it\'s -- y |', /<td>“x”<\/td>\s*<td>it’s — y<\/td>/],
  ['raw HTML attributes, untouched', '<span title="a \'b\'">"c"</span> -- d', /<span title="a 'b'">“c”<\/span> — d/],
  ['no quotes, dashes or dots', 'Plain words in a plain sentence. Another one.', /<p>Plain words in a plain sentence. Another one.<\/p>/],
];

describe('typography as Astro’s smartypants sets it', () => {
  test.each(MARKDOWN)('%s', async (_name, markdown, expected) => {
    const ours = await html(markdown, remarkSmartypants);
    expect(ours).toMatch(expected);
    expect(ours).toBe(await html(markdown, astroSmartypants));
  });

  test.each([
    ['text in JSX', '<Callout>"Yes," it\'s -- done...</Callout>\n\nA <span>"quoted" word</span> here.'],
    ['style and script elements, untouched', 'A <style>{`a::after { content: "it\'s" }`}</style> and <script>{"x -- y"}</script> end.'],
    ['expressions, untouched', 'Sum {"a" + \'b\'} -- and "c".'],
  ])('MDX: %s', async (_name, source) => {
    expect(await mdx(source, remarkSmartypants)).toBe(await mdx(source, astroSmartypants));
  });

  test('gives the same HTML as Astro’s smartypants for a thousand tricky texts', async () => {
    const pieces = [
      '"',
      "'",
      '`',
      '``',
      "''",
      '-',
      '--',
      '---',
      '.',
      '...',
      '. . .',
      ' ',
      '\u00a0',
      '\u0085',
      '\n',
      '\n\n',
      'a',
      'Word',
      's',
      '90s',
      '80',
      '*',
      '_',
      '[x](/y/)',
      '`c`',
      '## ',
      '> ',
      '- ',
      '!',
      '?',
      ',',
      '(',
      ')',
      'é',
    ];
    let seed = 14;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = Array.from({ length: 1000 }, () =>
      Array.from({ length: 3 + Math.floor(next() * 25) }, () => pieces[Math.floor(next() * pieces.length)]).join(''),
    );
    const differing: string[] = [];
    for (const text of texts) if ((await html(text, remarkSmartypants)) !== (await html(text, astroSmartypants))) differing.push(text);
    expect(differing).toEqual([]);
  });
});

describe('which texts need a parse', () => {
  test.each([
    ['two dashes', 'a -- b', true],
    ['three dots', 'wait...', true],
    ['spaced dots', 'wait . . . then', true],
    ['dots spaced by a next-line character', 'wait .\u0085.\u0085. then', true],
    ['double backticks', '``quoted', true],
    ['double straight single quotes', "quoted''", true],
    ['one dash, sentences with full stops', 'A well-known fact. Another. And a third.', false],
    ['single backticks and quotes', 'a `b\' "c"', false],
  ])('second pass: %s', (_name, text, expected) => {
    expect(needsSecondPass(text)).toBe(expected);
  });

  test.each([
    ['an apostrophe', "it's", true],
    ['a double quote', 'say "hi"', true],
    ['curly quotes only', 'say “hi” and it’s fine', false],
  ])('quotes pass: %s', (_name, text, expected) => {
    expect(needsQuotesPass(text)).toBe(expected);
  });
});
