import type { Content } from '../../src/lib/publication/publish.ts';
import type { PersonData, SpotlightData } from '../../src/lib/content/schema/index.ts';

/** Plain entries for unit tests of the publication rule and the resolved model, as the content layer would give them. */
export const NOW = new Date('2026-06-15T12:00:00Z');
export const SETTINGS = { approvals: ['communications', 'hr'] };
export const ref = (collection: string, id: string) => ({ collection, id });
export const date = (iso: string) => new Date(iso);

export function person(id: string, consent: Partial<PersonData['consent']> = {}, extra: Partial<PersonData> = {}) {
  return {
    id,
    data: {
      name: id.toUpperCase(),
      role: 'Role',
      roleSummary: 'Does things.',
      department: ref('departments', 'lab'),
      joined: date('2020-01-01'),
      photo: { src: `./${id}.jpg`, alt: `Portrait of ${id}` },
      consent: {
        status: 'granted' as const,
        date: date('2025-01-01'),
        scope: ['profile', 'photo', 'newsletter', 'social'] as PersonData['consent']['scope'],
        ...consent,
      },
      ...extra,
    },
  };
}

export function spotlight(id: string, overrides: Partial<SpotlightData> = {}) {
  return {
    id,
    data: {
      title: id,
      summary: 'Summary.',
      people: [ref('people', 'ana')],
      author: ref('people', 'ana'),
      date: date('2026-05-01'),
      status: 'approved' as const,
      approvals: [
        { role: 'communications', by: 'C', date: date('2026-04-30') },
        { role: 'hr', by: 'H', date: date('2026-04-30') },
      ],
      theme: 'culture' as const,
      tags: [],
      ...overrides,
    },
  };
}

export function content(parts: Partial<Content> = {}): Content {
  return {
    people: [person('ana'), person('ben', { status: 'withdrawn' })],
    departments: [{ id: 'lab', data: { name: 'Lab', summary: 'Tests.', lead: ref('people', 'ben') } }],
    spotlights: [],
    kudos: [],
    newsletter: [],
    ...parts,
  };
}
