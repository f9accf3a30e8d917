import type { EntryKinds, SiteModel } from '../publication/resolveSite.ts';
import { paths } from '../urls.ts';
import type { CardContent } from './layoutCard.ts';

/** A card the build will draw: what it shows, the photo file to read (already allowed by consent) and its address. */
export interface PlannedCard {
  path: string;
  content: Omit<CardContent, 'photo'>;
  /** Absolute or project-relative path of the photo it shows; absent for initials. */
  photoFile?: string | undefined;
  /** Alt text for link previews. */
  alt: string;
}

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const STRONG = /[\p{L}]/u;

/** The direction of a text by its first letter: right to left for Hebrew and Arabic scripts. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const first = [...text].find((character) => STRONG.test(character));
  return first && RTL.test(first) ? 'rtl' : 'ltr';
}

const photoOf = (entry: { filePath?: string | undefined; data: { photo?: { src: string } | undefined } }) =>
  entry.filePath && entry.data.photo ? `${entry.filePath.replace(/[^/]*$/, '')}${entry.data.photo.src.replace(/^\.\//, '')}` : undefined;

/**
 * Every social card of the published site, with the consent rules applied: a story's card only when
 * everyone it features agreed to social sharing, a person's only with their `social` consent, and a
 * photo only where the published model still has it (the `photo` scope). Nobody else is in any card.
 */
export function planCards<E extends EntryKinds>(model: SiteModel<E>): { site: PlannedCard; cards: Map<string, PlannedCard> } {
  const { site } = model;
  const base = { organisation: site.name, locale: site.locale };
  const cards = new Map<string, PlannedCard>();
  const add = (key: string, card: PlannedCard) => cards.set(key, card);
  for (const story of model.spotlights) {
    if (!story.shareable) continue;
    const lead = story.people[0];
    const photoFile = lead ? photoOf(lead) : undefined;
    add(`spotlight:${story.id}`, {
      path: paths.card('spotlight', story.id, photoFile ? 'jpg' : 'png'),
      content: {
        ...base,
        kind: 'spotlight',
        title: story.data.title,
        name: story.people.map((p) => p.data.name).join(', '),
        department: story.department.data.name,
        direction: textDirection(story.data.title),
      },
      photoFile,
      alt: `${story.data.title}: a story from ${site.name}`,
    });
  }
  for (const person of model.people) {
    if (!person.shareable) continue;
    const photoFile = photoOf(person);
    add(`person:${person.id}`, {
      path: paths.card('person', person.id, photoFile ? 'jpg' : 'png'),
      content: {
        ...base,
        kind: 'person',
        title: person.data.name,
        role: person.data.role || undefined,
        department: person.department.data.name,
        direction: textDirection(person.data.name),
      },
      photoFile,
      alt: `${person.data.name}, ${person.data.role} at ${site.name}`,
    });
  }
  for (const department of model.departments) {
    add(`department:${department.id}`, {
      path: paths.card('department', department.id, 'png'),
      content: { ...base, kind: 'department', title: department.data.name, direction: textDirection(department.data.name) },
      alt: `${department.data.name} at ${site.name}`,
    });
  }
  const siteCard: PlannedCard = {
    path: paths.siteCard(),
    content: {
      ...base,
      kind: 'site',
      title: site.name,
      role: site.description.length <= 120 ? site.description : undefined,
      direction: textDirection(site.name),
    },
    alt: site.name,
  };
  return { site: siteCard, cards };
}

/** The card a page's link preview shows: its own when it has one, the site's otherwise. */
export function cardOf(planned: ReturnType<typeof planCards>, key: string): PlannedCard {
  return planned.cards.get(key) ?? planned.site;
}
