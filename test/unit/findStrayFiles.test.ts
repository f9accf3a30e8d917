import { describe, expect, test } from 'vitest';
import { findStrayFiles } from '../../src/lib/content/findStrayFiles.ts';

const check = (path: string, kind: 'file' | 'symlink' = 'file') => findStrayFiles([{ path, kind }], 'content');

describe('every file in the content folder is read or refused', () => {
  test.each([
    'site.yaml',
    'people/ada.md',
    'people/ada.jpg',
    'departments/works.md',
    'spotlights/2026/night-shift.md',
    'spotlights/2026/night-shift.mdx',
    'spotlights/2026/crew at night.JPG',
    'kudos/2026/thanks.yaml',
    'kudos/2026/thanks.yml',
    'newsletter/2026-11.md',
    'people/.gitkeep',
    'spotlights/.drafts/idea.md',
    'README.md',
    'spotlights/readme.txt',
  ])('%s is read, or left to its own rules', (path) => {
    expect(check(path)).toEqual([]);
  });

  test.each([
    [
      'spotlights/2026/story.MD',
      'files in content/spotlights/ must end in .md or .mdx (lowercase), so it would be left out of the site without a word. Rename it to story.md.',
    ],
    ['spotlights/2026/story.markdown', 'Rename it to story.md.'],
    ['people/ada.Md', 'files in content/people/ must end in .md (lowercase), so it would be left out of the site without a word. Rename it to ada.md.'],
    ['people/ada.mdx', 'Only spotlights may be MDX: rename it to ada.md.'],
    ['kudos/2026/thanks.json', 'files in content/kudos/ must end in .yaml or .yml (lowercase)'],
    ['people/2026/ada.md', 'this file is in a subfolder, and files in subfolders of content/people/ are not read. Move it to content/people/ada.md.'],
    ['spotlight/2026/story.md', 'this file is not read: content/spotlight/ is not a content folder; did you mean content/spotlights/?'],
    ['story.md', 'this file is not read: the top of the content folder holds only site.yaml'],
    ['spotlights/2026/notes.txt', 'files in content/spotlights/ must end in .md or .mdx'],
  ])('%s is refused: %s', (path, message) => {
    const [issue] = check(path);
    expect(issue?.file).toBe(`content/${path}`);
    expect(issue?.message).toContain(message);
  });

  test.each(['people/ada.jpg', 'spotlights/2026/story.md', 'departments', 'README.md'])('a symbolic link (%s) is refused, never followed', (path) => {
    expect(check(path, 'symlink')[0]?.message).toContain('this is a symbolic link, and content must be real files in the repository');
  });
});
