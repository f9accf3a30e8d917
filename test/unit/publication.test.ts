import { describe, expect, test } from 'vitest';
import { publish, whyPersonIsPrivate, whySpotlightIsUnpublished, type Content } from '../../src/lib/publication.ts';
import type { PersonData, SpotlightData } from '../../src/lib/schema/index.ts';

const NOW = new Date('2026-06-15T12:00:00Z');
const SETTINGS = { approvals: ['communications', 'hr'] };
const ref = (collection: string, id: string) => ({ collection, id });
const date = (iso: string) => new Date(iso);

function person(id: string, consent: Partial<PersonData['consent']> = {}, extra: Partial<PersonData> = {}) {
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

function spotlight(id: string, overrides: Partial<SpotlightData> = {}) {
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

function content(parts: Partial<Content> = {}): Content {
  return {
    people: [person('ana'), person('ben', { status: 'withdrawn' })],
    departments: [{ id: 'lab', data: { name: 'Lab', summary: 'Tests.', lead: ref('people', 'ben') } }],
    spotlights: [],
    kudos: [],
    newsletter: [],
    ...parts,
  };
}

describe('whyPersonIsPrivate', () => {
  test.each([
    ['granted with profile scope', {}, []],
    ['withdrawn', { status: 'withdrawn' as const }, ['consent is withdrawn']],
    ['scope without profile', { scope: ['photo' as const, 'newsletter' as const] }, ['consent scope does not include profile']],
    ['expired the day before', { expires: date('2026-06-14') }, ['consent expired after 2026-06-14']],
    ['expiring today (still valid through its last day)', { expires: date('2026-06-15') }, []],
    ['expiring later', { expires: date('2027-01-01') }, []],
    ['consent dated tomorrow (not given yet)', { date: date('2026-06-16') }, ['consent counts only from 2026-06-16']],
    ['consent dated later today', { date: date('2026-06-15T18:00:00Z') }, ['consent counts only from 2026-06-15T18:00:00Z']],
    ['consent dated today', { date: date('2026-06-15') }, []],
    ['consent dated exactly now', { date: NOW }, []],
    ['withdrawn with a future date (withdrawn at once)', { status: 'withdrawn' as const, date: date('2026-07-01') }, ['consent is withdrawn']],
  ])('%s', (_, consent, reasons) => {
    expect(whyPersonIsPrivate(person('x', consent).data, NOW)).toEqual(reasons);
  });
});

describe('whySpotlightIsUnpublished', () => {
  const isPublic = (id: string) => id === 'ana';
  test.each([
    ['approved, both approvals, past date, public people', {}, []],
    ['a draft', { status: 'draft' as const }, ['status is draft']],
    ['in review', { status: 'review' as const }, ['status is review']],
    ['missing the hr approval', { approvals: [{ role: 'communications', by: 'C', date: date('2026-04-30') }] }, ['missing approval by hr']],
    [
      'with the hr approval dated in the future',
      {
        approvals: [
          { role: 'communications', by: 'C', date: date('2026-04-30') },
          { role: 'hr', by: 'H', date: date('2026-06-20') },
        ],
      },
      ['missing approval by hr', 'approval by hr counts only from 2026-06-20'],
    ],
    [
      'with both approvals dated later today',
      {
        approvals: [
          { role: 'communications', by: 'C', date: date('2026-06-15T13:00:00Z') },
          { role: 'hr', by: 'H', date: date('2026-06-15T12:30:00+00:30') },
        ],
      },
      ['missing approval by communications', 'approval by communications counts only from 2026-06-15T13:00:00Z'],
    ],
    [
      'with one future and one past approval by hr (the past one counts)',
      {
        approvals: [
          { role: 'communications', by: 'C', date: date('2026-04-30') },
          { role: 'hr', by: 'H', date: date('2026-07-01') },
          { role: 'hr', by: 'H2', date: date('2026-05-01') },
        ],
      },
      [],
    ],
    [
      'with approvals dated today',
      {
        approvals: [
          { role: 'communications', by: 'C', date: date('2026-06-15') },
          { role: 'hr', by: 'H', date: NOW },
        ],
      },
      [],
    ],
    ['dated in the future', { date: date('2026-07-01') }, ['scheduled for 2026-07-01']],
    ['dated later today', { date: date('2026-06-15T18:00:00Z') }, ['scheduled for 2026-06-15T18:00:00Z']],
    ['dated exactly now', { date: NOW }, []],
    ['featuring a person who is not public', { people: [ref('people', 'ana'), ref('people', 'ben')] }, ['features people who are not public: ben']],
  ])('%s', (_, overrides, reasons) => {
    expect(whySpotlightIsUnpublished(spotlight('s', overrides).data, SETTINGS, NOW, isPublic)).toEqual(reasons);
  });

  test('with no required approvals, an approved story needs none', () => {
    expect(whySpotlightIsUnpublished(spotlight('s', { approvals: [] }).data, { approvals: [] }, NOW, isPublic)).toEqual([]);
  });
});

describe('publish', () => {
  test('keeps only public people and removes photos outside the consent scope', () => {
    const result = publish(content({ people: [person('ana'), person('ben', { status: 'withdrawn' }), person('cy', { scope: ['profile'] })] }), SETTINGS, NOW);
    expect(result.people.map((p) => p.id)).toEqual(['ana', 'cy']);
    expect(result.people[0]!.data.photo).toBeDefined();
    expect(result.people[1]!.data.photo).toBeUndefined();
    expect('photo' in result.people[1]!.data).toBe(false);
  });

  test('keeps every department but drops a lead who is not public', () => {
    const result = publish(content(), SETTINGS, NOW);
    expect(result.departments.map((d) => d.id)).toEqual(['lab']);
    expect(result.departments[0]!.data.lead).toBeUndefined();
  });

  test('drops a spotlight whose person withdrew consent, sorts the rest newest first and resolves the department', () => {
    const result = publish(
      content({
        spotlights: [spotlight('old', { date: date('2026-01-01') }), spotlight('new'), spotlight('with-ben', { people: [ref('people', 'ben')] })],
      }),
      SETTINGS,
      NOW,
    );
    expect(result.spotlights.map((s) => s.id)).toEqual(['new', 'old']);
    expect(result.spotlights[0]!.data.department).toEqual(ref('departments', 'lab'));
  });

  test('a person whose consent is dated in the future, and the stories featuring them, wait for that date', () => {
    const parts = {
      people: [person('ana'), person('cy', { date: date('2026-07-01') })],
      spotlights: [spotlight('with-cy', { people: [ref('people', 'cy')] }), spotlight('with-ana')],
    };
    expect(publish(content(parts), SETTINGS, NOW).people.map((p) => p.id)).toEqual(['ana']);
    expect(publish(content(parts), SETTINGS, NOW).spotlights.map((s) => s.id)).toEqual(['with-ana']);
    const then = new Date('2026-07-01T00:00:00Z');
    expect(publish(content(parts), SETTINGS, then).people.map((p) => p.id)).toEqual(['ana', 'cy']);
    expect(
      publish(content(parts), SETTINGS, then)
        .spotlights.map((s) => s.id)
        .sort(),
    ).toEqual(['with-ana', 'with-cy']);
  });

  test('a story whose approval is dated in the future waits for that date', () => {
    const approvals = [
      { role: 'communications', by: 'C', date: date('2026-04-30') },
      { role: 'hr', by: 'H', date: date('2026-06-20') },
    ];
    const parts = { spotlights: [spotlight('early', { approvals })] };
    expect(publish(content(parts), SETTINGS, NOW).spotlights).toEqual([]);
    expect(publish(content(parts), SETTINGS, new Date('2026-06-20T00:00:00Z')).spotlights.map((s) => s.id)).toEqual(['early']);
  });

  test.each([
    ['public between public people', { public: true }, true],
    ['marked private', { public: false }, false],
    ['to a withdrawn person', { public: true, to: [ref('people', 'ana'), ref('people', 'ben')] }, false],
    ['from a withdrawn person', { public: true, from: ref('people', 'ben') }, false],
    ['dated in the future', { public: true, date: date('2027-01-01') }, false],
    ['dated later today', { public: true, date: date('2026-06-15T12:00:01Z') }, false],
    ['dated exactly now', { public: true, date: NOW }, true],
    ['to a person whose consent is dated in the future', { public: true, to: [ref('people', 'cy')] }, false],
  ])('kudos %s: published = %s', (_, overrides, expected) => {
    const kudos = {
      id: 'k',
      data: { from: ref('people', 'ana'), to: [ref('people', 'ana')], date: date('2026-02-01'), badge: 'b', message: 'Thanks', ...overrides },
    };
    const people = [person('ana'), person('ben', { status: 'withdrawn' }), person('cy', { date: date('2026-06-16') })];
    expect(publish(content({ people, kudos: [kudos] }), SETTINGS, NOW).kudos.length === 1).toBe(expected);
  });

  test('newsletter issues publish when approved and due, listing only published spotlights', () => {
    const issue = (id: string, status: 'draft' | 'approved', iso: string) => ({
      id,
      data: { title: id, date: date(iso), department: ref('departments', 'lab'), spotlights: [ref('spotlights', 'new'), ref('spotlights', 'draft')], status },
    });
    const result = publish(
      content({
        spotlights: [spotlight('new'), spotlight('draft', { status: 'draft' })],
        newsletter: [
          issue('2026-05', 'approved', '2026-05-01'),
          issue('2026-06', 'draft', '2026-06-01'),
          issue('2026-06-evening', 'approved', '2026-06-15T18:00:00Z'),
          issue('2026-07', 'approved', '2026-07-01'),
        ],
      }),
      SETTINGS,
      NOW,
    );
    expect(result.newsletter.map((n) => n.id)).toEqual(['2026-05']);
    expect(result.newsletter[0]!.data.spotlights.map((s) => s.id)).toEqual(['new']);
  });
});
