import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { FIXTURE_OUT } from '../setup/buildFixture.ts';

/** The messages of the kudos cards on a page, in page order. */
async function wall(url: string): Promise<string[]> {
  const doc = await readPage(FIXTURE_OUT, url);
  return [...doc.querySelectorAll('.kudos blockquote')].map((quote) => quote.textContent!.trim());
}
const TWO_TEAMS = 'One fix for the pumps that both teams now use every day.';
const SNOW = 'Zoë drove the samples through the snow so the lab could open on time.';

describe('the recognition wall', () => {
  test('shows every public kudos between public people, newest first, with giver, receivers, badge and date', async () => {
    expect(await wall('/recognition/')).toEqual([TWO_TEAMS, SNOW]);
    const card = (await readPage(FIXTURE_OUT, '/recognition/')).querySelector('.kudos')!;
    expect(card.querySelector('.badge')!.textContent).toBe('Bright idea');
    expect([...card.querySelectorAll('figcaption a')].map((a) => a.getAttribute('href'))).toEqual([
      '/people/sunniva-nosocial/',
      '/people/zoe-initials/',
      '/people/nora-nophoto/',
    ]);
    expect(card.querySelector('time')!.getAttribute('datetime')).toMatch(/^2026-01-24/);
  });

  test('is filtered by badge on a static page per badge that has public kudos, and by no other', async () => {
    expect(await wall('/recognition/badges/bright-idea/')).toEqual([TWO_TEAMS]);
    expect(await wall('/recognition/badges/helping-hand/')).toEqual([SNOW]);
    // quiet-hero is only given in private kudos.
    expect(existsSync(path.join(FIXTURE_OUT, 'recognition/badges/quiet-hero'))).toBe(false);
    const current = (await readPage(FIXTURE_OUT, '/recognition/badges/bright-idea/')).querySelector('.filters a[aria-current="page"]');
    expect(current?.getAttribute('href')).toBe('/recognition/badges/bright-idea/');
  });

  test('shows a kudos to people in two departments under each department', async () => {
    expect(await wall('/recognition/departments/lab/')).toEqual([TWO_TEAMS]);
    expect(await wall('/recognition/departments/field/')).toEqual([TWO_TEAMS, SNOW]);
  });

  test('links every filter without JavaScript', async () => {
    const doc = await readPage(FIXTURE_OUT, '/recognition/');
    expect([...doc.querySelectorAll('.filters a')].map((a) => a.getAttribute('href'))).toEqual([
      '/recognition/',
      '/recognition/badges/helping-hand/',
      '/recognition/badges/bright-idea/',
      '/recognition/departments/field/',
      '/recognition/departments/lab/',
    ]);
    expect(doc.querySelectorAll('main script')).toHaveLength(0);
  });
});

describe('badges on person pages', () => {
  test('show each badge received with its count, linking to the wall filtered by that badge', async () => {
    const doc = await readPage(FIXTURE_OUT, '/people/zoe-initials/');
    const items = [...doc.querySelectorAll('.badges li')].map((li) => [
      li.querySelector('a')!.textContent,
      li.querySelector('a')!.getAttribute('href'),
      li.querySelector('.count')!.textContent,
    ]);
    expect(items).toContainEqual(['Helping hand', '/recognition/badges/helping-hand/', '(1 kudos)']);
    expect(items).toContainEqual(['Bright idea', '/recognition/badges/bright-idea/', '(1 kudos)']);
    expect(items.map(([name]) => name)).toContain('Featured');
  });

  test('are listed as award in the person’s JSON-LD', async () => {
    const doc = await readPage(FIXTURE_OUT, '/people/zoe-initials/');
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data.mainEntity.award).toEqual(expect.arrayContaining(['Helping hand', 'Bright idea', 'Featured']));
  });

  test('never come from private kudos', async () => {
    const doc = await readPage(FIXTURE_OUT, '/people/sunniva-nosocial/');
    expect([...doc.querySelectorAll('.badges a')].map((a) => a.textContent)).not.toContain('Quietbadgemarker hero');
  });
});

describe('the champions page', () => {
  test('lists everyone holding a badge by department, alphabetically, with no counts to compare', async () => {
    const doc = await readPage(FIXTURE_OUT, '/champions/');
    const groups = [...doc.querySelectorAll('main section[aria-labelledby^="department-"]')].map((section) => [
      section.querySelector('h2')!.textContent!.trim(),
      [...section.querySelectorAll('.champions > li > a')].map((a) => a.textContent),
    ]);
    expect(groups.map(([name]) => name)).toEqual(['Field Crew', 'The Lab']);
    expect(groups[0]![1]).toEqual(['Zoë Ångström-Núñez']);
    expect(groups[1]![1]).toEqual([...(groups[1]![1] as string[])].sort((a, b) => a.localeCompare(b)));
    expect(groups[1]![1]).toContain('Nora Quietphoto');
    expect(doc.querySelector('.champions')!.textContent).not.toMatch(/\d/);
  });
});
