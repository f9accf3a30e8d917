import { describe, expect, test } from 'vitest';
import { findIdClashes, toKebabId } from '../../src/lib/content/findIdClashes.ts';

const NFC = 'zo\u00eb';
const NFD = 'zoe\u0308';

describe('two files that resolve to the same id fail, naming both files', () => {
  test.each([
    ['the same name in two year folders', ['content/spotlights/2025/night-shift.md', 'content/spotlights/2026/night-shift.md'], 'night-shift'],
    ['a name in NFC and in NFD', [`content/people/${NFC}.md`, `content/people/${NFD}.md`], 'zoe'],
    ['names that differ only in case', ['content/people/Zoe.md', 'content/people/zoe.md'], 'zoe'],
    ['a trailing space', ['content/people/zoe .md', 'content/people/zoe.md'], 'zoe'],
    ['.md and .mdx', ['content/spotlights/2026/night-shift.md', 'content/spotlights/2026/night-shift.mdx'], 'night-shift'],
  ])('%s', (_, files, id) => {
    const clashes = findIdClashes([{ collection: 'spotlights', files }]).filter((issue) => issue.message.includes('the same id'));
    expect(clashes).toHaveLength(1);
    const [first, second] = [...files].sort();
    expect(clashes[0]).toEqual({
      file: first,
      field: '(file name)',
      message: expect.stringContaining(
        `"${second}" has the same id "${id}" as this file; ids must be unique in spotlights, across year folders, so one would silently replace the other. Rename or remove one of them.`,
      ),
    });
    expect(clashes[0]!.message.includes('look the same')).toBe(first!.normalize('NFC') === second!.normalize('NFC'));
  });
});

test('only collections with year folders mention them', () => {
  const [clash] = findIdClashes([{ collection: 'people', files: ['content/people/Ana.md', 'content/people/ana.md'] }]).filter((issue) =>
    issue.message.includes('same id'),
  );
  expect(clash!.message).toContain('ids must be unique in people, so one would silently replace the other');
});

test('the same file name in different collections is fine', () => {
  expect(
    findIdClashes([
      { collection: 'people', files: ['content/people/field.md'] },
      { collection: 'departments', files: ['content/departments/field.md'] },
    ]),
  ).toEqual([]);
});

test.each([
  ['Amara Okafor', 'amara-okafor'],
  [NFC, 'zoe'],
  ['under_score', 'under-score'],
  ['zoe ', 'zoe'],
])('the file name "%s" is refused with the id to rename it to', (name, suggestion) => {
  expect(findIdClashes([{ collection: 'people', files: [`content/people/${name}.md`] }])).toEqual([
    { file: `content/people/${name}.md`, field: '(file name)', message: expect.stringContaining(`such as "${suggestion}"; rename the file`) },
  ]);
});

test('toKebabId strips accents, case and punctuation', () => {
  expect(toKebabId(' Łukasz  Nowak_2 ')).toBe('ukasz-nowak-2');
  expect(toKebabId(NFD)).toBe(toKebabId(NFC));
});
