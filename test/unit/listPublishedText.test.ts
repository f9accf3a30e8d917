import { describe, expect, test } from 'vitest';
import { departmentText, markdownToText, personText, spotlightText } from '../../src/lib/publication/listPublishedText.ts';

describe('markdownToText', () => {
  test.each([
    ['undoes emphasis within a word', 'Ada **Love**lace', 'Ada Lovelace'],
    ['reads a link as its text, then its address', '[Ada](https://example.org/ada "Her page") Lovelace', 'Ada Lovelace\nhttps://example.org/ada\nHer page'],
    [
      'leaves out the address of a link within the site, which the link step keeps or turns into text',
      '[the crew lead](/people/wren-withdrawn/) and <a href="../in-review/">a story</a>, <a href="https://example.org/">a site</a>',
      'the crew lead and <a>a story</a>, <a href="https://example.org/">a site</a>',
    ],
    ['puts blocks on lines of their own', '# One\n\nTwo', 'One\nTwo'],
    ['reads an image as its alt text, then its address', '![Ada at work](./a.jpg)', 'Ada at work\n./a.jpg'],
    ['keeps raw HTML as written', 'A <b>bold</b> move', 'A <b>bold</b> move'],
  ])('%s', (_, body, text) => {
    expect(markdownToText(body)).toBe(text);
  });

  test('reads the text of a footnote, which without footnotes would read as a link definition and vanish', () => {
    expect(markdownToText('Said so.[^1]\n\n[^1]: Ada Lovelace')).toContain('Ada Lovelace');
  });

  test('reads a table row as its words in order, as the rendered cells show them', () => {
    const text = markdownToText('| First | Last |\n| --- | --- |\n| Ada | *Love*lace |');
    expect(text.match(/\p{L}+/gu)).toEqual(['First', 'Last', 'Ada', 'Lovelace']);
  });

  test('reads a bare address and an e-mail address as their characters', () => {
    expect(markdownToText('Write to ada.lovelace@example.org or see www.example.org/ada')).toBe('Write to ada.lovelace@example.org or see www.example.org/ada');
  });

  test('reads MDX component attributes and children', () => {
    expect(markdownToText('<PullQuote by="Ada Lovelace">Water *first*.</PullQuote>', { mdx: true })).toBe('Water first.\nAda Lovelace');
  });

  test('returns MDX that does not parse as written', () => {
    expect(markdownToText('Open { brace', { mdx: true })).toBe('Open { brace');
  });
});

test('a spotlight publishes its title, summary, tags, hero text, share texts and body, not its approvers', () => {
  const fields = spotlightText({
    data: {
      title: 'T',
      summary: 'S',
      people: [],
      author: { collection: 'people', id: 'a' },
      date: new Date('2026-01-01'),
      status: 'approved',
      approvals: [{ role: 'hr', by: 'Harper People', date: new Date('2026-01-01') }],
      theme: 'culture',
      tags: ['x'],
      hero: { src: './h.jpg', alt: 'A', credit: 'C' },
      share: { x: 'X' },
    },
    body: 'B',
  });
  expect(fields.map((f) => f.field)).toEqual(['title', 'summary', 'tags[0]', 'hero.alt', 'hero.credit', 'share.x', 'body']);
  expect(fields.find((f) => f.field === 'tags[0]')).toEqual({ field: 'tags[0]', text: 'x', tag: true });
});

test('a department and a person publish their text fields; a person is not checked against their own name', () => {
  expect(departmentText({ data: { name: 'N', summary: 'S', photo: { src: './p.jpg', alt: 'A' } } }).map((f) => f.field)).toEqual([
    'name',
    'summary',
    'photo.alt',
  ]);
  const person = personText({
    data: {
      name: 'Ada',
      role: 'R',
      roleSummary: 'S',
      department: { collection: 'departments', id: 'd' },
      joined: new Date('2020-01-01'),
      links: { website: 'https://ada.example' },
      consent: { status: 'granted', date: new Date('2020-01-01'), scope: ['profile'] },
    },
    body: 'Bio',
  });
  expect(person.map((f) => f.field)).toEqual(['role', 'roleSummary', 'links.website', 'body']);
});
