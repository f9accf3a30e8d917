import { describe, expect, test } from 'vitest';
import { publish } from '../../src/lib/publication/publish.ts';
import { resolveSite } from '../../src/lib/publication/resolveSite.ts';
import { THEMES } from '../../src/lib/content/schema/index.ts';
import { content, NOW, person, ref, SETTINGS, spotlight } from '../helpers/entries.ts';

const SITE = { ...SETTINGS, name: 'Org', url: 'https://org.example/', badges: [] } as unknown as Parameters<typeof resolveSite>[1];

/** The resolved model of a small organisation: Ana (public) leads the lab, Ben withdrew, Cy is public in the field team. */
function model() {
  const published = publish(
    content({
      people: [person('ana'), person('ben', { status: 'withdrawn' }), person('cy', {}, { department: ref('departments', 'field') })],
      departments: [
        { id: 'lab', data: { name: 'Lab', summary: 'Tests.', lead: ref('people', 'ana') } },
        { id: 'field', data: { name: 'Field', summary: 'Fixes.', lead: ref('people', 'ben') } },
      ],
      spotlights: [
        spotlight('duo', { people: [ref('people', 'ana'), ref('people', 'cy')], author: ref('people', 'ben'), tags: ['river', 'lab-life'] }),
        spotlight('solo', { people: [ref('people', 'cy')], author: ref('people', 'ana'), theme: 'mentoring', tags: ['river'] }),
        spotlight('hidden', { people: [ref('people', 'ben')] }),
      ],
      kudos: [{ id: 'thanks', data: { from: ref('people', 'cy'), to: [ref('people', 'ana')], date: NOW, badge: 'team', message: 'Thanks!', public: true } }],
    }),
    SETTINGS,
    NOW,
  );
  return resolveSite(published, SITE, NOW, THEMES);
}

describe('the resolved model hands every output its references already looked up', () => {
  test('a story carries its people, its author only when public, and its department', () => {
    const duo = model().spotlights.find((story) => story.id === 'duo')!;
    expect(duo.people.map((p) => p.id)).toEqual(['ana', 'cy']);
    expect(duo.author).toBeUndefined();
    expect(duo.department.id).toBe('lab');
    expect(model().spotlights.find((story) => story.id === 'solo')!.author?.id).toBe('ana');
  });

  test('a department carries its public lead, public members and its stories', () => {
    const { departments } = model();
    const lab = departments.find((d) => d.id === 'lab')!;
    expect(lab.lead?.id).toBe('ana');
    expect(lab.members.map((p) => p.id)).toEqual(['ana']);
    expect(lab.stories.map((s) => s.id)).toEqual(['duo']);
    const field = departments.find((d) => d.id === 'field')!;
    expect(field.lead).toBeUndefined();
    expect(field.members.map((p) => p.id)).toEqual(['cy']);
  });

  test('a person carries their department, the published stories that feature them and their kudos', () => {
    const cy = model().people.find((p) => p.id === 'cy')!;
    expect(cy.department.id).toBe('field');
    expect(cy.stories.map((s) => s.id).sort()).toEqual(['duo', 'solo']);
    expect(cy.kudos.map((k) => k.id)).toEqual(['thanks']);
    expect(cy.kudos[0]!.to[0]!.id).toBe('ana');
  });

  test('nobody who is not public is reachable from anything', () => {
    const entries = new Set<string>();
    const seen = new Set<object>();
    const walk = (value: unknown) => {
      if (!value || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      if ('data' in value && 'id' in value) entries.add(String(value.id));
      for (const child of value instanceof Map ? value.values() : Object.values(value)) walk(child);
    };
    walk(model());
    expect([...entries].sort()).toEqual(['ana', 'cy', 'duo', 'field', 'lab', 'solo', 'thanks']);
  });

  test('stories are indexed by theme, in the order themes are listed, and by tag, alphabetically', () => {
    const { themes, tags } = model();
    expect([...themes.keys()]).toEqual(['culture', 'mentoring']);
    expect([...tags.keys()]).toEqual(['lab-life', 'river']);
    expect(
      tags
        .get('river')!
        .map((s) => s.id)
        .sort(),
    ).toEqual(['duo', 'solo']);
  });
});
