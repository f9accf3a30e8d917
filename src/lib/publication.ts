import type { DepartmentData, KudosData, NewsletterData, PersonData, Reference, SiteSettings, SpotlightData } from './schema/index.ts';

/** A content entry as the content layer hands it over: id, validated data and, for Markdown, the body. */
export interface Entry<T> {
  id: string;
  data: T;
  filePath?: string | undefined;
}

/** Every entry of every collection, before the publication rule. */
export interface Content<
  P extends Entry<PersonData> = Entry<PersonData>,
  D extends Entry<DepartmentData> = Entry<DepartmentData>,
  S extends Entry<SpotlightData> = Entry<SpotlightData>,
  K extends Entry<KudosData> = Entry<KudosData>,
  N extends Entry<NewsletterData> = Entry<NewsletterData>,
> {
  people: P[];
  departments: D[];
  spotlights: S[];
  kudos: K[];
  newsletter: N[];
}

/** A published spotlight, its department resolved. Its author is shown only if found among public people. */
export type PublishedSpotlight<S extends Entry<SpotlightData>> = S & { data: S['data'] & { department: Reference } };

/** What may appear in any output. Everything a page, feed or index shows is taken from here. */
export interface Published<
  P extends Entry<PersonData>,
  D extends Entry<DepartmentData>,
  S extends Entry<SpotlightData>,
  K extends Entry<KudosData>,
  N extends Entry<NewsletterData>,
> {
  /** Public people, by name; `photo` removed where consent does not cover it. */
  people: P[];
  /** Every department, by name; `lead` removed unless the lead is public. */
  departments: D[];
  /** Published spotlights, newest first. */
  spotlights: PublishedSpotlight<S>[];
  /** Public kudos between public people, newest first. */
  kudos: K[];
  /** Published newsletter issues, newest first, listing only published spotlights. */
  newsletter: N[];
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Reasons a person is not public; empty when they are. Consent counts from its `date` (a consent dated in
 * the future is not given yet) up to and including its `expires` date.
 */
export function whyPersonIsPrivate(person: PersonData, now: Date): string[] {
  const { consent } = person;
  const reasons: string[] = [];
  if (consent.status !== 'granted') reasons.push(`consent is ${consent.status}`);
  if (!consent.scope.includes('profile')) reasons.push('consent scope does not include profile');
  if (consent.status === 'granted' && consent.date.getTime() > now.getTime()) reasons.push(`consent counts only from ${dateAsWritten(consent.date)}`);
  if (consent.expires && consent.expires.getTime() + DAY <= now.getTime()) reasons.push(`consent expired after ${isoDate(consent.expires)}`);
  return reasons;
}

/** Reasons a spotlight does not publish; empty when it does. An approval dated in the future counts only from its date. */
export function whySpotlightIsUnpublished(
  spotlight: SpotlightData,
  settings: Pick<SiteSettings, 'approvals'>,
  now: Date,
  isPublic: (personId: string) => boolean,
): string[] {
  const reasons: string[] = [];
  if (spotlight.status !== 'approved') reasons.push(`status is ${spotlight.status}`);
  const given = new Set(spotlight.approvals.filter((approval) => approval.date.getTime() <= now.getTime()).map((approval) => approval.role));
  const missing = settings.approvals.filter((role) => !given.has(role));
  if (missing.length > 0) reasons.push(`missing approval by ${missing.join(', ')}`);
  for (const role of missing) {
    const dated = spotlight.approvals.filter((approval) => approval.role === role).map((approval) => approval.date.getTime());
    if (dated.length > 0) reasons.push(`approval by ${role} counts only from ${dateAsWritten(new Date(Math.min(...dated)))}`);
  }
  if (spotlight.date.getTime() > now.getTime()) reasons.push(`scheduled for ${dateAsWritten(spotlight.date)}`);
  const hidden = spotlight.people.filter((person) => !isPublic(person.id)).map((person) => person.id);
  if (hidden.length > 0) reasons.push(`features people who are not public: ${hidden.join(', ')}`);
  return reasons;
}

/** Applies the publication rule to all content and returns the only set that outputs may use. */
export function publish<
  P extends Entry<PersonData>,
  D extends Entry<DepartmentData>,
  S extends Entry<SpotlightData>,
  K extends Entry<KudosData>,
  N extends Entry<NewsletterData>,
>(content: Content<P, D, S, K, N>, settings: Pick<SiteSettings, 'approvals'>, now: Date): Published<P, D, S, K, N> {
  const people = content.people
    .filter((person) => whyPersonIsPrivate(person.data, now).length === 0)
    .map((person) => (person.data.consent.scope.includes('photo') ? person : { ...person, data: withoutKey(person.data, 'photo') }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name));
  const publicPeople = new Map(people.map((person) => [person.id, person]));
  const isPublic = (id: string) => publicPeople.has(id);

  const departments = content.departments
    .map((department) =>
      department.data.lead && !isPublic(department.data.lead.id) ? { ...department, data: withoutKey(department.data, 'lead') } : department,
    )
    .sort((a, b) => a.data.name.localeCompare(b.data.name));

  const spotlights = content.spotlights
    .filter((spotlight) => whySpotlightIsUnpublished(spotlight.data, settings, now, isPublic).length === 0)
    .map((spotlight): PublishedSpotlight<S> => {
      const firstPerson = publicPeople.get(spotlight.data.people[0]!.id)!;
      return { ...spotlight, data: { ...spotlight.data, department: spotlight.data.department ?? firstPerson.data.department } };
    })
    .sort(newestFirst);
  const publishedSpotlights = new Set(spotlights.map((spotlight) => spotlight.id));

  const kudos = content.kudos
    .filter(({ data }) => data.public && data.date.getTime() <= now.getTime() && isPublic(data.from.id) && data.to.every((person) => isPublic(person.id)))
    .sort(newestFirst);

  const newsletter = content.newsletter
    .filter(({ data }) => data.status === 'approved' && data.date.getTime() <= now.getTime())
    .map((issue) => ({ ...issue, data: { ...issue.data, spotlights: issue.data.spotlights.filter((ref) => publishedSpotlights.has(ref.id)) } }))
    .sort(newestFirst);

  return { people, departments, spotlights, kudos, newsletter };
}

function newestFirst(a: { id: string; data: { date: Date } }, b: { id: string; data: { date: Date } }): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}

function withoutKey<T extends object, K extends keyof T>(data: T, key: K): T {
  const copy = { ...data };
  delete copy[key];
  return copy;
}

/** A date as YYYY-MM-DD in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date as YYYY-MM-DD, or with its time in UTC when it is not midnight, such as 2026-03-14T09:00:00Z. */
function dateAsWritten(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
