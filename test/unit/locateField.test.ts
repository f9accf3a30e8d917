import { expect, test } from 'vitest';
import { fieldPath, locateField } from '../../src/lib/content/locateField.ts';

const STORY = ['---', 'title: A', 'people: [ana, ben]', 'approvals:', '  - role: hr', '    by: Nadia', 'hero:', '  src: ./a.jpg', '---', 'Body.'].join('\n');

test('reads field paths as issues write them', () => {
  expect(fieldPath('people[1]')).toEqual(['people', 1]);
  expect(fieldPath('approvals.0.by')).toEqual(['approvals', 0, 'by']);
  expect(fieldPath('(file)')).toBeUndefined();
});

test.each([
  ['title', 2],
  ['people[1]', 3],
  ['approvals.0.by', 6],
  ['hero.src', 8],
  ['hero.alt', 7],
  ['line 4', 4],
])('places %s of front matter on line %i of the file', (field, line) => {
  expect(locateField('a.md', STORY, field)).toBe(line);
});

test('counts lines of a YAML file from its first line', () => {
  expect(locateField('k.yaml', 'from: ana\nto:\n  - ben\n  - cleo\n', 'to.1')).toBe(4);
});

test('has no line for a field outside YAML', () => {
  expect(locateField('a.md', STORY, 'the text')).toBeUndefined();
});
