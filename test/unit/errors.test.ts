import { expect, test } from 'vitest';
import { formatIssues } from '../../src/lib/errors.ts';

test('formatIssues groups problems by file', () => {
  const text = formatIssues([
    { file: 'a.md', field: 'x', message: 'bad x' },
    { file: 'a.md', field: 'y', message: 'bad y' },
    { file: 'b.md', field: 'z', message: 'bad z' },
  ]);
  expect(text.split('\n')).toEqual([
    'Insource found 3 problems in the content. Nothing was published.',
    '',
    'a.md',
    '  x: bad x',
    '  y: bad y',
    '',
    'b.md',
    '  z: bad z',
  ]);
});
