import type { Badge } from '../content/schema/index.ts';
import { initials } from '../pages/initials.ts';
import type { EntryKinds, PersonView, SpotlightView } from '../publication/resolveSite.ts';
import { absoluteUrl, paths } from '../urls.ts';
import { editionAuthor, type Edition } from './planEdition.ts';

/** An image an edition shows: absolute JPEG address, alt text and the size it is shown at. */
export interface EditionImage {
  src: string;
  alt: string;
  width: number;
  height: number;
}

/** A person in the department profile: "who does what". */
export interface EditionMember {
  name: string;
  role: string;
  roleSummary: string;
  url: string;
  initials: string;
  photo?: EditionImage | undefined;
  lead: boolean;
}

/** Everything an issue's web, feed, email and text editions show, as plain text, HTML and absolute addresses. */
export interface EditionContent {
  id: string;
  title: string;
  date: Date;
  locale: string;
  siteName: string;
  siteUrl: string;
  /** The issue's web page, absolute. */
  webUrl: string;
  /** The line inboxes show after the subject. */
  preheader: string;
  /** The editor's letter as HTML with absolute addresses. */
  letterHtml: string;
  department?: { name: string; summary: string; url: string; photo?: EditionImage | undefined; members: EditionMember[] } | undefined;
  spotlights: { title: string; summary: string; url: string; byline: string; image?: EditionImage | undefined }[];
  kudos: { message: string; from: string; to: string; badge: string | undefined }[];
  /** The mail tool's unsubscribe merge tag. */
  unsubscribe: string;
}

/** How the data layer finds an entry's image (already re-encoded, JPEG, absolute) for an edition. */
export interface EditionImages<E extends EntryKinds> {
  person: (person: PersonView<E>) => EditionImage | undefined;
  department: EditionImage | undefined;
  story: (story: SpotlightView<E>) => EditionImage | undefined;
}

/** The names as a list in prose: "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The first sentence of a text, at most `max` characters, for the preheader. */
export function firstSentence(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^.+?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}

/**
 * An issue's content for its editions, from the planned edition (consent already applied): the letter,
 * the department's members lead first, the stories with their credits, and the kudos with their badges.
 */
export function editionContent<E extends EntryKinds>(
  edition: Edition<E>,
  options: {
    siteName: string;
    siteUrl: string;
    locale: string;
    badges: readonly Badge[];
    unsubscribe: string;
    letterHtml: string;
    letterText: string;
    images: EditionImages<E>;
  },
): EditionContent {
  const absolute = (path: string) => absoluteUrl(path, options.siteUrl);
  const { issue, department } = edition;
  const member = (person: PersonView<E>): EditionMember => ({
    name: person.data.name,
    role: person.data.role,
    roleSummary: person.data.roleSummary,
    url: absolute(paths.person(person.id)),
    initials: initials(person.data.name),
    photo: options.images.person(person),
    lead: person === department?.lead,
  });
  const members = department ? [...(department.lead ? [department.lead] : []), ...department.members.filter((person) => person !== department.lead)] : [];
  return {
    id: issue.id,
    title: issue.data.title,
    date: issue.data.date,
    locale: options.locale,
    siteName: options.siteName,
    siteUrl: absolute('/'),
    webUrl: absolute(paths.newsletterIssue(issue.id)),
    preheader: firstSentence(options.letterText || department?.view.data.summary || issue.data.title),
    letterHtml: options.letterHtml,
    department: department && {
      name: department.view.data.name,
      summary: department.view.data.summary,
      url: absolute(paths.department(department.view.id)),
      photo: options.images.department,
      members: members.map(member),
    },
    spotlights: edition.spotlights.map((story) => {
      const author = editionAuthor(story);
      const featuring = listNames(story.people.map((person) => person.data.name));
      return {
        title: story.data.title,
        summary: story.data.summary,
        url: absolute(paths.spotlight(story.id)),
        byline: author && !story.people.includes(author) ? `With ${featuring} · words by ${author.data.name}` : `With ${featuring}`,
        image: options.images.story(story),
      };
    }),
    kudos: edition.kudos.map((entry) => ({
      message: entry.data.message,
      from: entry.from.data.name,
      to: listNames(entry.to.map((person) => person.data.name)),
      badge: options.badges.find((badge) => badge.id === entry.data.badge)?.name,
    })),
    unsubscribe: options.unsubscribe,
  };
}
