import type { BuildNotice } from '../output/buildNotices.ts';
import { findPrivateNames, privateNames, type NameIndex, type NamedPerson } from './findPrivateNames.ts';
import {
  departmentText,
  kudosText,
  markdownToText,
  newsletterText,
  personText,
  spotlightText,
  type BodyToText,
  type PublishedText,
} from './listPublishedText.ts';
import type { ConsentScope, DepartmentData, KudosData, NewsletterData, PersonData, Reference, SiteSettings, SpotlightData } from '../content/schema/index.ts';

/** A content entry as the content layer hands it over: id, validated data and, for Markdown, the body as written. */
export interface Entry<T> {
  id: string;
  data: T;
  filePath?: string | undefined;
  /** The Markdown body as written. */
  body?: string | undefined;
  /** The body rendered by the content layer; removed with `body` when the body is left out. */
  rendered?: unknown;
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

/** A public person, with what their consent scope allows besides their profile. */
export type PublishedPerson<P extends Entry<PersonData>> = P & {
  /** Whether link previews (`og:image`, `twitter:image`, JSON-LD `image`) may show their photo: they have one and `social` consent. */
  previewImage: boolean;
  /** Whether newsletter editions may show them: `newsletter` consent. */
  inNewsletter: boolean;
  /** Whether they may appear in social cards and have a share kit: `social` consent. */
  shareable: boolean;
};

/** A published spotlight, its department resolved. Its author is shown only if found among public people. */
export type PublishedSpotlight<S extends Entry<SpotlightData>> = S & {
  data: S['data'] & { department: Reference };
  /** Whether link previews may show its hero image: it has one, and everyone it features (or its hero names) has `social` consent. */
  previewImage: boolean;
  /** Whether it gets share links, a share kit and a social card: everyone it features has `social` consent. */
  shareable: boolean;
};

/** What may appear in any output. Everything a page, feed or index shows is taken from here. */
export interface Published<
  P extends Entry<PersonData>,
  D extends Entry<DepartmentData>,
  S extends Entry<SpotlightData>,
  K extends Entry<KudosData>,
  N extends Entry<NewsletterData>,
> {
  /** Public people, by name; `photo` removed where consent does not cover it; text naming someone who is not public left out. */
  people: PublishedPerson<P>[];
  /** Every department, by name; `lead` removed unless the lead is public; text naming someone who is not public left out. */
  departments: D[];
  /** Published spotlights, newest first; `share` removed unless everyone featured has `social` consent. */
  spotlights: PublishedSpotlight<S>[];
  /** Public kudos between public people, newest first. */
  kudos: K[];
  /** Published newsletter issues, newest first, listing only published spotlights whose people all have `newsletter` consent. */
  newsletter: N[];
  /** What was left out on purpose that an editor may not expect, one notice per entry, for the build summary. */
  notices: BuildNotice[];
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

/**
 * Applies the publication rule to all content and returns the only set that outputs may use. `toText` reads
 * what a Markdown body shows (by default by parsing it here); a caller may pass the same answers found ahead of
 * time.
 */
export function publish<
  P extends Entry<PersonData>,
  D extends Entry<DepartmentData>,
  S extends Entry<SpotlightData>,
  K extends Entry<KudosData>,
  N extends Entry<NewsletterData>,
>(content: Content<P, D, S, K, N>, settings: Pick<SiteSettings, 'approvals'>, now: Date, toText: BodyToText = markdownToText): Published<P, D, S, K, N> {
  const notices: BuildNotice[] = [];
  const notice = (entry: Entry<unknown>, collection: string, message: string) => notices.push({ file: entry.filePath ?? `${collection}/${entry.id}`, message });

  const privateReasons = new Map(content.people.map((person) => [person.id, whyPersonIsPrivate(person.data, now)]));
  const isPublic = (id: string) => privateReasons.get(id)?.length === 0;
  const named = (person: Entry<PersonData>): NamedPerson => ({ id: person.id, name: person.data.name });
  const shown = content.people.filter((person) => isPublic(person.id));
  const hidden = privateNames(content.people.filter((person) => !isPublic(person.id)).map(named), shown.map(named));
  const why = (id: string) => `not public: ${privateReasons.get(id)?.join(', ') ?? 'unknown person'}`;
  const scopes = new Map(content.people.map((person) => [person.id, person.data.consent.scope]));
  const hasScope = (id: string, scope: ConsentScope) => scopes.get(id)?.includes(scope) ?? false;

  const people = shown
    .map((person) => {
      const photo = person.data.consent.scope.includes('photo') ? person : { ...person, data: withoutKey(person.data, 'photo') };
      const kept = leaveOutNames(photo, personText(photo, toText), hidden, why, LEAVE_OUT_PERSON);
      if (kept.message) notice(person, 'people', kept.message);
      return {
        ...kept.entry,
        previewImage: Boolean(kept.entry.data.photo) && hasScope(person.id, 'social'),
        inNewsletter: hasScope(person.id, 'newsletter'),
        shareable: hasScope(person.id, 'social'),
      } as PublishedPerson<P>;
    })
    .sort((a, b) => a.data.name.localeCompare(b.data.name));
  const publicPeople = new Map(people.map((person) => [person.id, person]));

  const departments = content.departments
    .map((department) => {
      const withLead = department.data.lead && !isPublic(department.data.lead.id) ? { ...department, data: withoutKey(department.data, 'lead') } : department;
      const kept = leaveOutNames(withLead, departmentText(withLead, toText), hidden, why, LEAVE_OUT_DEPARTMENT);
      if (kept.message) notice(department, 'departments', kept.message);
      return kept.entry;
    })
    .sort((a, b) => a.data.name.localeCompare(b.data.name));

  // Hero alt text naming a public person without `social` consent: the picture is most likely of them.
  const withoutSocial = privateNames(
    shown.filter((person) => !person.data.consent.scope.includes('social')).map(named),
    shown.filter((person) => person.data.consent.scope.includes('social')).map(named),
  );
  const spotlights = content.spotlights
    .filter((spotlight) => {
      // Ready to publish but for its people: only then is a withheld story news to the editor.
      const ready = whySpotlightIsUnpublished(spotlight.data, settings, now, () => true).length === 0;
      // A story that does not publish anyway is not read for names: nothing is said about it.
      if (!ready) return false;
      const featured = unique(spotlight.data.people.map((ref) => ref.id).filter((id) => !isPublic(id)));
      const reasons = [
        ...(featured.length > 0 ? [`it features ${list(featured, why)}`] : []),
        ...nameClauses(namesIn(spotlightText(spotlight, toText), hidden, featured), why),
      ];
      if (reasons.length > 0) notice(spotlight, 'spotlights', `withheld: ${reasons.join('; ')}`);
      return reasons.length === 0;
    })
    .map((spotlight): PublishedSpotlight<S> => {
      const firstPerson = publicPeople.get(spotlight.data.people[0]!.id)!;
      const social = spotlight.data.people.every((ref) => hasScope(ref.id, 'social'));
      const heroNames = spotlight.data.hero ? findPrivateNames(spotlight.data.hero.alt, withoutSocial) : [];
      const data = { ...spotlight.data, department: spotlight.data.department ?? firstPerson.data.department };
      return {
        ...spotlight,
        data: social ? data : withoutKey(data, 'share'),
        previewImage: Boolean(spotlight.data.hero) && social && heroNames.length === 0,
        shareable: social,
      };
    })
    .sort(newestFirst);
  const publishedSpotlights = new Map(spotlights.map((spotlight) => [spotlight.id, spotlight]));

  const kudos = content.kudos
    .filter((entry) => {
      const { data } = entry;
      const ready = data.public && data.date.getTime() <= now.getTime();
      const from = isPublic(data.from.id) ? [] : [data.from.id];
      const to = unique(data.to.map((ref) => ref.id).filter((id) => !isPublic(id)));
      const names = namesIn(kudosText(entry), hidden, [...from, ...to]);
      const reasons = [
        ...(from.length > 0 ? [`it is from ${list(from, why)}`] : []),
        ...(to.length > 0 ? [`it thanks ${list(to, why)}`] : []),
        ...nameClauses(names, why),
      ];
      if (ready && reasons.length > 0) notice(entry, 'kudos', `withheld: ${reasons.join('; ')}`);
      return ready && reasons.length === 0;
    })
    .sort(newestFirst);

  // Newsletter editions show only people with `newsletter` consent: the others count as not public there.
  const notInNewsletter = (id: string) => (isPublic(id) ? 'no newsletter consent' : why(id));
  const newsletterNames = privateNames(
    content.people.filter((person) => !isPublic(person.id) || !hasScope(person.id, 'newsletter')).map(named),
    people.filter((person) => person.inNewsletter).map(named),
  );
  const newsletter = content.newsletter
    .filter((issue) => {
      const ready = issue.data.status === 'approved' && issue.data.date.getTime() <= now.getTime();
      const names = namesIn(newsletterText(issue, toText), newsletterNames);
      if (ready && names.size > 0) notice(issue, 'newsletter', `withheld: ${nameClauses(names, notInNewsletter).join('; ')}`);
      return ready && names.size === 0;
    })
    .map((issue) => {
      const left: string[] = [];
      const listed = issue.data.spotlights.filter((ref) => {
        const spotlight = publishedSpotlights.get(ref.id);
        if (!spotlight) return false;
        const featured = unique(spotlight.data.people.map((person) => person.id).filter((id) => !hasScope(id, 'newsletter')));
        const names = namesIn(spotlightText(spotlight, toText), newsletterNames, featured);
        const reasons = [...(featured.length > 0 ? [`it features ${list(featured, notInNewsletter)}`] : []), ...nameClauses(names, notInNewsletter)];
        if (reasons.length > 0) left.push(`left out spotlight ${spotlight.id}: ${reasons.join('; ')}`);
        return reasons.length === 0;
      });
      if (left.length > 0) notice(issue, 'newsletter', left.join('; '));
      return { ...issue, data: { ...issue.data, spotlights: listed } };
    })
    .sort(newestFirst);

  return { people, departments, spotlights, kudos, newsletter, notices };
}

/** Which fields of an entry that stays published are left out when they name someone, and how. */
interface LeaveOut {
  /** Fields that stay, whatever they say; the notice asks for them to be changed. */
  keep: readonly string[];
  /** Required text fields, published as empty text: pages show nothing for them. */
  empty: readonly string[];
}
const LEAVE_OUT_PERSON: LeaveOut = { keep: [], empty: ['role', 'roleSummary'] };
const LEAVE_OUT_DEPARTMENT: LeaveOut = { keep: ['name'], empty: ['summary'] };

/**
 * An entry that must stay published (a department, a public person) with every field that names a hidden
 * person left out: the body (with what the content layer rendered of it), a photo whose alt text names them,
 * one of their links, or a required line of text, published empty. Returns the notice to give, if any.
 */
export function leaveOutNames<E extends Entry<object>>(
  entry: E,
  text: readonly PublishedText[],
  names: NameIndex,
  why: (id: string) => string,
  rules: LeaveOut,
): { entry: E; message?: string } {
  const found = namesIn(text, names);
  if (found.size === 0) return { entry };
  const fields = unique([...found.values()].flat()).sort((a, b) => text.findIndex((t) => t.field === a) - text.findIndex((t) => t.field === b));
  const data: Record<string, unknown> = { ...entry.data };
  let copy = { ...entry } as Record<string, unknown>;
  const left: string[] = [];
  for (const field of fields) {
    if (rules.keep.includes(field)) continue;
    left.push(field);
    if (field === 'body') {
      const { body: _, rendered: __, ...rest } = copy;
      copy = rest;
    } else if (rules.empty.includes(field)) data[field] = '';
    else if (field === 'photo.alt') delete data['photo'];
    else if (field.startsWith('links.')) {
      const links = { ...(data['links'] as Record<string, unknown>) };
      delete links[field.slice('links.'.length)];
      if (Object.keys(links).length > 0) data['links'] = links;
      else delete data['links'];
    } else delete data[field];
  }
  const kept = fields.filter((field) => rules.keep.includes(field));
  const namedIn = (field: string) => [...found].filter(([, where]) => where.includes(field)).map(([id]) => id);
  const groups = new Map<string, { fields: string[]; ids: string[] }>();
  for (const field of left) {
    const ids = namedIn(field);
    const group = groups.get(ids.join(' ')) ?? { fields: [], ids };
    group.fields.push(field === 'photo.alt' ? 'photo' : field);
    groups.set(ids.join(' '), group);
  }
  const parts = [
    ...[...groups.values()].map(({ fields, ids }) => `left out ${fields.join(', ')}, which ${fields.length > 1 ? 'name' : 'names'} ${list(ids, why)}`),
    ...kept.map((field) => `kept ${field}, which names ${list(namedIn(field), why)}: change it if it is about them`),
  ];
  return { entry: { ...copy, data } as E, message: parts.join('; ') };
}

/** For each hidden person a text names, the fields that name them; people in `except` are not listed. */
function namesIn(text: readonly PublishedText[], names: NameIndex, except: readonly string[] = []): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { field, text: value, tag } of text) {
    for (const id of findPrivateNames(value, names, { tag: tag ?? false })) {
      if (!except.includes(id)) found.set(id, [...(found.get(id) ?? []), field]);
    }
  }
  return found;
}

/** "it names ada (not public: consent is withdrawn) in body, tags[0]", one clause per person. */
function nameClauses(found: ReadonlyMap<string, readonly string[]>, why: (id: string) => string): string[] {
  return [...found].map(([id, fields]) => `it names ${id} (${why(id)}) in ${fields.join(', ')}`);
}

/** "ada (not public: consent is withdrawn), ben (...)". */
function list(ids: readonly string[], why: (id: string) => string): string {
  return ids.map((id) => `${id} (${why(id)})`).join(', ');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
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
