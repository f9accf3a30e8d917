import { describe, expect, test } from 'vitest';
import { siteSchema } from '../../src/lib/content/schema/site.ts';
import { profileJsonLd } from '../../src/lib/output/jsonLd.ts';
import { assignBadges, DERIVED_BADGES, reservedBadgeClash, THANKED_BY, type BadgeSources } from '../../src/lib/recognition/assignBadges.ts';
import { championsByDepartment, kudosByBadge, kudosByDepartment } from '../../src/lib/recognition/groupRecognition.ts';

const BADGES = [
  { id: 'helping-hand', name: 'Helping hand', description: 'Help.' },
  { id: 'bright-idea', name: 'Bright idea', description: 'Ideas.' },
];
const person = (id: string, stories = 0, department = 'lab') => ({ id, stories: Array.from({ length: stories }), department: { id: department } });
const kudos = (from: string, to: string[], badge = 'helping-hand') => ({ from: { id: from }, to: to.map((id) => person(id)), data: { badge } });

function badgesOf(sources: Partial<BadgeSources>, id: string) {
  const held = assignBadges({ site: { badges: BADGES }, people: [], spotlights: [], kudos: [], ...sources }).get(id) ?? [];
  return held.map(({ badge, derived, count }) => [badge.id, derived, count]);
}

describe('assignBadges', () => {
  test('counts kudos badges received, in site.yaml order, not those given', () => {
    const people = [person('ana'), person('bo'), person('cy')];
    const given = [kudos('bo', ['ana'], 'bright-idea'), kudos('cy', ['ana']), kudos('bo', ['ana', 'cy']), kudos('ana', ['bo'])];
    expect(badgesOf({ people, kudos: given }, 'ana')).toEqual([
      ['helping-hand', false, 2],
      ['bright-idea', false, 1],
    ]);
    expect(badgesOf({ people, kudos: given }, 'cy')).toEqual([['helping-hand', false, 1]]);
  });

  test('gives Storyteller to the author of a published story and Featured to the people in one, with counts', () => {
    const people = [person('ana', 0), person('bo', 2)];
    const spotlights = [{ author: { id: 'ana' } }, { author: { id: 'ana' } }, { author: undefined }];
    expect(badgesOf({ people, spotlights }, 'ana')).toEqual([['storyteller', true, 2]]);
    expect(badgesOf({ people, spotlights }, 'bo')).toEqual([['featured', true, 2]]);
  });

  test(`gives Thanked only from ${THANKED_BY} distinct colleagues, counting neither repeats nor thanks to oneself`, () => {
    const givers = ['b', 'c', 'd', 'e'];
    const people = [person('ana'), ...givers.map((id) => person(id)), person('f')];
    const four = [...givers.map((id) => kudos(id, ['ana'])), kudos('b', ['ana']), kudos('ana', ['ana'])];
    expect(badgesOf({ people, kudos: four }, 'ana')).toEqual([['helping-hand', false, 6 - 1]]);
    expect(badgesOf({ people, kudos: [...four, kudos('f', ['ana'])] }, 'ana')).toContainEqual(['thanked', true, 5]);
  });

  test('gives nothing from what the model does not hold: private kudos and unpublished stories never reach it', () => {
    expect(badgesOf({ people: [person('ana')] }, 'ana')).toEqual([]);
  });
});

describe('reserved badge ids and names', () => {
  test.each(DERIVED_BADGES.map((badge) => badge.id))('site.yaml may not define a badge with the id %s', (id) => {
    expect(reservedBadgeClash({ id, name: 'Something else' })?.field).toBe('id');
    const result = siteSchema.safeParse({
      name: 'N',
      url: 'https://n.example',
      description: 'D',
      locale: 'en',
      badges: [{ id, name: 'Mine', description: 'D.' }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['badges', 0, 'id'] });
    expect(result.error!.issues[0]!.message).toContain(`choose another id, such as "${id}-kudos"`);
  });

  test('nor reuse a derived badge’s name, whatever its case', () => {
    expect(reservedBadgeClash({ id: 'story', name: ' storyteller ' })).toMatchObject({ field: 'name' });
    expect(reservedBadgeClash({ id: 'helping-hand', name: 'Helping hand' })).toBeUndefined();
  });
});

describe('grouping the wall', () => {
  const lab = { id: 'lab' };
  const field = { id: 'field' };
  const a = { data: { badge: 'helping-hand' }, to: [{ department: lab }, { department: field }, { department: lab }] };
  const b = { data: { badge: 'bright-idea' }, to: [{ department: lab }] };

  test('puts a kudos under the department of each person thanked, once per department', () => {
    const groups = kudosByDepartment([a, b]);
    expect(groups.get('lab')).toEqual([a, b]);
    expect(groups.get('field')).toEqual([a]);
  });

  test('groups by badge, keeping the order given', () => {
    expect(kudosByBadge([a, b, a])).toEqual(
      new Map([
        ['helping-hand', [a, a]],
        ['bright-idea', [b]],
      ]),
    );
  });

  test('lists champions by department in the given order, leaving out people without a badge and empty departments', () => {
    const people = [person('ana', 0, 'field'), person('bo', 0, 'lab'), person('cy', 0, 'lab')];
    const groups = championsByDepartment([lab, field, { id: 'empty' }], people, (p) => p.id !== 'cy');
    expect(groups.map((g) => [g.department.id, g.people.map((p) => p.id)])).toEqual([
      ['lab', ['bo']],
      ['field', ['ana']],
    ]);
  });
});

test('a profile lists the badges held as award, and none when there are none', () => {
  const base = { url: 'https://f.example/people/a/', name: 'A', role: 'R', sameAs: [], organisation: { name: 'F', url: 'https://f.example' } };
  expect(profileJsonLd({ ...base, awards: ['Helping hand', 'Featured'] })['mainEntity']).toMatchObject({ award: ['Helping hand', 'Featured'] });
  expect(profileJsonLd({ ...base, awards: [] })['mainEntity']).not.toHaveProperty('award');
});
