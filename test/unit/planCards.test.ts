import { describe, expect, test } from 'vitest';
import { cardOf, planCards, textDirection } from '../../src/lib/cards/planCards.ts';
import { publish } from '../../src/lib/publication/publish.ts';
import { resolveSite } from '../../src/lib/publication/resolveSite.ts';
import { THEMES } from '../../src/lib/content/schema/index.ts';
import { content, NOW, person, ref, SETTINGS, spotlight } from '../helpers/entries.ts';

const SITE = { ...SETTINGS, name: 'Org', url: 'https://org.example/', description: 'Stories.', locale: 'en', badges: [] } as unknown as Parameters<
  typeof resolveSite
>[1];
const ALL = ['profile', 'photo', 'newsletter', 'social'] as const;

/** Ana agreed to everything; Ben to everything but social; Cy to everything but photo; Dee withdrew. */
function planned() {
  const entries = content({
    people: [
      { ...person('ana', { scope: [...ALL] }), filePath: 'content/people/ana.md' },
      { ...person('ben', { scope: ['profile', 'photo', 'newsletter'] }), filePath: 'content/people/ben.md' },
      { ...person('cy', { scope: ['profile', 'social'] }), filePath: 'content/people/cy.md' },
      { ...person('dee', { status: 'withdrawn' }), filePath: 'content/people/dee.md' },
    ],
    spotlights: [
      spotlight('with-ana'),
      spotlight('with-ben', { people: [ref('people', 'ana'), ref('people', 'ben')] }),
      spotlight('with-cy', { people: [ref('people', 'cy')] }),
      spotlight('with-dee', { people: [ref('people', 'dee')] }),
    ],
  });
  return planCards(resolveSite(publish(entries, SETTINGS, NOW), SITE, NOW, THEMES));
}

describe('social cards follow consent', () => {
  test('a card for each shareable story and person, each department, and the site', () => {
    expect([...planned().cards.keys()].sort()).toEqual(['department:lab', 'person:ana', 'person:cy', 'spotlight:with-ana', 'spotlight:with-cy']);
    expect(planned().site.path).toBe('/cards/site.png');
  });

  test('a photo only where the photo scope allows, as a JPEG; initials otherwise, as a PNG', () => {
    const { cards } = planned();
    expect(cards.get('person:ana')).toMatchObject({ path: '/cards/person/ana.jpg', photoFile: 'content/people/ana.jpg' });
    expect(cards.get('person:cy')).toMatchObject({ path: '/cards/person/cy.png', photoFile: undefined });
    expect(cards.get('spotlight:with-cy')).toMatchObject({ path: '/cards/spotlight/with-cy.png', photoFile: undefined });
  });

  test('a page without a card of its own previews the site card, never a person who did not agree', () => {
    const plan = planned();
    expect(cardOf(plan, 'person:ben').path).toBe('/cards/site.png');
    expect(cardOf(plan, 'spotlight:with-ben').path).toBe('/cards/site.png');
    expect(JSON.stringify([...plan.cards.values()])).not.toMatch(/BEN|DEE/);
  });

  test.each([
    ['Zoë Ångström', 'ltr'],
    ['مريم الحداد', 'rtl'],
    ['שרה כהן', 'rtl'],
    ['1984: مريم', 'rtl'],
    ['王小明', 'ltr'],
  ] as const)('%s reads %s', (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });
});
