import { describe, expect, test } from 'vitest';
import { PREVIEW_NOW, previewContent } from '../../src/lib/publication/preview.ts';
import { publish } from '../../src/lib/publication/publish.ts';
import { content, date, NOW, person, ref, SETTINGS, spotlight } from '../helpers/entries.ts';

function preview() {
  const entries = content({
    people: [person('ana'), person('ben', { expires: date('2026-01-31'), scope: ['profile'] }), person('cy', { status: 'withdrawn' })],
    spotlights: [
      spotlight('live'),
      spotlight('draft', { status: 'draft' }),
      spotlight('scheduled', { date: date('2027-01-01') }),
      spotlight('about-ben', { people: [ref('people', 'ben')] }),
      spotlight('about-cy', { people: [ref('people', 'cy')] }),
    ],
  });
  const { content: lifted, held } = previewContent(entries, SETTINGS, NOW);
  return { held, published: publish(lifted, SETTINGS, PREVIEW_NOW) };
}

describe('a preview shows what the public site holds back, with the reasons', () => {
  test('drafts, scheduled stories and people whose consent lapsed are built, each with what holds it back', () => {
    const { held, published } = preview();
    expect(published.spotlights.map((s) => s.id).sort()).toEqual(['about-ben', 'draft', 'live', 'scheduled']);
    expect(published.people.map((p) => p.id)).toEqual(['ana', 'ben']);
    expect(Object.fromEntries(held)).toEqual({
      'people:ben': ['consent expired after 2026-01-31'],
      'people:cy': ['consent is withdrawn'],
      'spotlights:draft': ['status is draft'],
      'spotlights:scheduled': ['scheduled for 2027-01-01'],
      'spotlights:about-ben': ['features people who are not public: ben'],
      'spotlights:about-cy': ['features people who are not public: cy'],
    });
  });

  test('someone who withdrew is not shown even in a preview, nor the stories about them', () => {
    const { published } = preview();
    expect(published.people.map((p) => p.id)).not.toContain('cy');
    expect(published.spotlights.map((s) => s.id)).not.toContain('about-cy');
  });

  test('a scheduled story keeps its own date, and a photo stays out without photo consent', () => {
    const { published } = preview();
    expect(published.spotlights.find((s) => s.id === 'scheduled')!.data.date).toEqual(date('2027-01-01'));
    expect(published.people.find((p) => p.id === 'ben')!.data.photo).toBeUndefined();
  });

  test('the public rule is untouched: the same content published today holds them back', () => {
    const entries = content({ people: [person('ana'), person('ben', { status: 'withdrawn' })], spotlights: [spotlight('draft', { status: 'draft' })] });
    const published = publish(entries, SETTINGS, NOW);
    expect(published.spotlights).toEqual([]);
    expect(published.people.map((p) => p.id)).toEqual(['ana']);
  });
});
