import type { Badge } from '../content/schema/site.ts';

/**
 * The badges the site gives by itself, from published content only. Each says something true that the
 * content shows about the person (they wrote a story, they appear in one, many colleagues thanked them),
 * never something read from a story's theme. Their ids and names are reserved: site.yaml may not reuse them.
 */
export const DERIVED_BADGES = [
  { id: 'storyteller', name: 'Storyteller', description: 'Wrote a published spotlight.' },
  { id: 'featured', name: 'Featured', description: 'Appears in a published spotlight.' },
  { id: 'thanked', name: 'Thanked', description: 'Thanked in public kudos by five or more colleagues.' },
] as const satisfies readonly Badge[];

export type DerivedBadgeId = (typeof DERIVED_BADGES)[number]['id'];

/** How many distinct colleagues must thank someone in public kudos for the Thanked badge. */
export const THANKED_BY = 5;

/** A badge a person holds, with how many times: kudos received with it, stories, or colleagues who said thanks. */
export interface HeldBadge {
  badge: Badge;
  /** Whether the site gave it from published content rather than a colleague through kudos. */
  derived: boolean;
  count: number;
}

interface PersonRef {
  id: string;
}

/** What the badges are computed from: the published model's people, stories and public kudos. */
export interface BadgeSources {
  site: { badges: readonly Badge[] };
  people: readonly (PersonRef & { stories: readonly unknown[] })[];
  spotlights: readonly { author: PersonRef | undefined }[];
  kudos: readonly { from: PersonRef; to: readonly PersonRef[]; data: { badge: string } }[];
}

/**
 * The badges each public person holds, kudos badges first in site.yaml's order, then derived ones. Only
 * what the published model holds counts, so private kudos and unpublished stories never give a badge.
 */
export function assignBadges(sources: BadgeSources): Map<string, HeldBadge[]> {
  const received = new Map<string, Map<string, number>>();
  const thankedBy = new Map<string, Set<string>>();
  for (const kudos of sources.kudos) {
    for (const person of new Set(kudos.to.map((to) => to.id))) {
      if (person === kudos.from.id) continue;
      const counts = received.get(person) ?? new Map<string, number>();
      counts.set(kudos.data.badge, (counts.get(kudos.data.badge) ?? 0) + 1);
      received.set(person, counts);
      thankedBy.set(person, (thankedBy.get(person) ?? new Set()).add(kudos.from.id));
    }
  }
  const authored = new Map<string, number>();
  for (const story of sources.spotlights) if (story.author) authored.set(story.author.id, (authored.get(story.author.id) ?? 0) + 1);

  const derived: Record<DerivedBadgeId, (id: string, stories: number) => number> = {
    storyteller: (id) => authored.get(id) ?? 0,
    featured: (_, stories) => stories,
    thanked: (id) => {
      const colleagues = thankedBy.get(id)?.size ?? 0;
      return colleagues >= THANKED_BY ? colleagues : 0;
    },
  };
  const held = new Map<string, HeldBadge[]>();
  for (const person of sources.people) {
    const counts = received.get(person.id);
    const badges: HeldBadge[] = sources.site.badges.flatMap((badge) => {
      const count = counts?.get(badge.id) ?? 0;
      return count > 0 ? [{ badge, derived: false, count }] : [];
    });
    for (const badge of DERIVED_BADGES) {
      const count = derived[badge.id](person.id, person.stories.length);
      if (count > 0) badges.push({ badge, derived: true, count });
    }
    held.set(person.id, badges);
  }
  return held;
}

/** Why a site.yaml badge may not take an id or name, or undefined when it may: derived badges reserve theirs. */
export function reservedBadgeClash(badge: { id: string; name: string }): { field: 'id' | 'name'; message: string } | undefined {
  const byId = DERIVED_BADGES.find((derived) => derived.id === badge.id);
  if (byId)
    return {
      field: 'id',
      message: `"${badge.id}" is the id of the ${byId.name} badge, which the site gives by itself (${byId.description}): choose another id, such as "${badge.id}-kudos"`,
    };
  const byName = DERIVED_BADGES.find((derived) => derived.name.toLowerCase() === badge.name.trim().toLowerCase());
  if (byName) return { field: 'name', message: `"${badge.name}" is the name of a badge the site gives by itself (${byName.description}): choose another name` };
  return undefined;
}
