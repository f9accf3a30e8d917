import { expect, test } from 'vitest';
import { listShownImages } from '../../src/lib/images/listShownImages.ts';
import { publish } from '../../src/lib/publication/publish.ts';
import { resolveSite } from '../../src/lib/publication/resolveSite.ts';
import { THEMES } from '../../src/lib/content/schema/index.ts';
import { content, NOW, person, ref, SETTINGS, spotlight } from '../helpers/entries.ts';

const SITE = { ...SETTINGS, name: 'Org', url: 'https://org.example/', badges: [] } as unknown as Parameters<typeof resolveSite>[1];
const at = <T extends object>(entry: T, filePath: string, body?: string) => ({ ...entry, filePath, ...(body ? { body } : {}) });

/** Ana is public; Ben withdrew; Cy's consent leaves out the photo; one story is published, one is a draft. */
function shown() {
  const published = publish(
    content({
      people: [
        at(person('ana'), 'content/people/ana.md'),
        at(person('ben', { status: 'withdrawn' }), 'content/people/ben.md'),
        at(person('cy', { scope: ['profile'] }), 'content/people/cy.md'),
      ],
      departments: [
        at(
          { id: 'lab', data: { name: 'Lab', summary: 'Tests.', lead: ref('people', 'ana'), photo: { src: './lab.jpg', alt: 'The lab' } } },
          'content/departments/lab.md',
        ),
      ],
      spotlights: [
        at(
          spotlight('river', { hero: { src: './river.jpg', alt: 'The river' } }),
          'content/spotlights/river.mdx',
          'Text.\n\n<Photo src="./weir.jpg" alt="The weir" />\n',
        ),
        at(spotlight('plans', { status: 'draft', hero: { src: './plans.jpg', alt: 'Plans' } }), 'content/spotlights/plans.md', '![Secret](./secret.jpg)'),
      ],
    }),
    SETTINGS,
    NOW,
  );
  return listShownImages(resolveSite(published, SITE, NOW, THEMES)).map(({ entryFile, src, preset }) => `${entryFile} ${src} ${preset}`);
}

test('lists the portrait of a public person whose consent covers photos, in the portrait preset', () => {
  expect(shown()).toContain('content/people/ana.md ./ana.jpg portrait');
});

test.each([
  ['a person who withdrew', 'ben.jpg'],
  ['a person whose consent leaves out the photo', 'cy.jpg'],
  ['a draft story: its hero', 'plans.jpg'],
  ['a draft story: a photo in its text', 'secret.jpg'],
])('lists nothing of %s', (_, file) => {
  expect(shown().filter((line) => line.includes(file))).toEqual([]);
});

test('lists a published story hero and a department photo in their one crop, and photos in a published text', () => {
  expect(shown().filter((line) => !line.includes('/people/'))).toEqual([
    'content/spotlights/river.mdx ./river.jpg hero',
    'content/spotlights/river.mdx ./weir.jpg inline',
    'content/departments/lab.md ./lab.jpg hero',
  ]);
});
