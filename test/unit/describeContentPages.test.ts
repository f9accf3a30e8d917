import { expect, test } from 'vitest';
import { describeContentPages } from '../../src/lib/output/describeContentPages.ts';
import { personSchema, plainReference, spotlightSchema } from '../../src/lib/content/schema/index.ts';

const NOW = new Date('2026-06-15T12:00:00Z');

/** An entry as the build reads it: front matter through the collection's schema. */
const person = (id: string, consent: Record<string, unknown> = {}) => ({
  id,
  data: personSchema(plainReference).parse({
    name: id,
    role: 'Role',
    roleSummary: 'Does things.',
    department: 'lab',
    joined: '2020-01-01',
    consent: { status: 'granted', date: '2025-01-01', scope: ['profile'], ...consent },
  }),
});
const spotlight = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  data: spotlightSchema(plainReference).parse({
    title: id,
    summary: 'Summary.',
    people: ['ana'],
    author: 'ana',
    date: '2026-05-01',
    status: 'approved',
    approvals: [{ role: 'communications', by: 'C', date: '2026-04-30' }],
    theme: 'culture',
    tags: ['lab-life'],
    ...fields,
  }),
});

test('every page content defines, with why the publication rule leaves it out', () => {
  const pages = describeContentPages(
    {
      people: [person('ana'), person('ben', { status: 'withdrawn' }), person('cy', { expires: '2026-01-31' }), { id: 'unreadable' }],
      departments: [{ id: 'lab' }],
      spotlights: [
        spotlight('out-now'),
        spotlight('in-review', { status: 'review', tags: ['secret-project'] }),
        spotlight('scheduled', { date: '2026-07-01', theme: 'milestone' }),
        spotlight('with-ben', { people: ['ben'] }),
        { id: 'broken' },
      ],
    },
    { approvals: ['communications'] },
    NOW,
  );
  expect(Object.fromEntries(pages)).toEqual({
    '/people/ana/': '',
    '/people/ben/': 'that person is not public (consent is withdrawn)',
    '/people/cy/': 'that person is not public (consent expired after 2026-01-31)',
    '/people/unreadable/': 'that person is not public (it could not be read)',
    '/departments/lab/': '',
    '/spotlights/out-now/': '',
    '/spotlights/in-review/': 'that story is not published (status is review)',
    '/spotlights/scheduled/': 'that story is not published (scheduled for 2026-07-01)',
    '/spotlights/with-ben/': 'that story is not published (features people who are not public: ben)',
    '/spotlights/broken/': 'that story is not published (it could not be read)',
    '/tags/lab-life/': '',
    '/tags/secret-project/': 'no published story is tagged secret-project',
    '/themes/culture/': '',
    '/themes/csr/': 'no published story has the theme csr',
    '/themes/expertise/': 'no published story has the theme expertise',
    '/themes/purpose/': 'no published story has the theme purpose',
    '/themes/mentoring/': 'no published story has the theme mentoring',
    '/themes/milestone/': 'no published story has the theme milestone',
  });
});
