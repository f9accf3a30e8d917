/** Structured data (schema.org as JSON-LD) for search engines, built only from published content. */

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/**
 * JSON-LD as the text of a `<script>` element. `<`, `>` and `&` are escaped as `\u003c`, `\u003e` and
 * `\u0026`, so a name such as `</script><script>alert(1)</script>` cannot end the element, and the JSON
 * still parses to the same strings. U+2028/U+2029 are escaped for older JavaScript parsers.
 */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface Named {
  name: string;
  url: string;
}

/** Article data for a spotlight page. */
export function articleJsonLd(story: {
  url: string;
  title: string;
  summary: string;
  date: Date;
  /** When the story last changed (see modifiedDate). */
  modified?: Date | undefined;
  image?: string | undefined;
  people: readonly Named[];
  author?: Named | undefined;
  organisation: Named;
}): JsonLd {
  const organisation = { '@type': 'Organization', name: story.organisation.name, url: story.organisation.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: story.title,
    description: story.summary,
    datePublished: story.date.toISOString().slice(0, 10),
    ...(story.modified ? { dateModified: story.modified.toISOString() } : {}),
    url: story.url,
    mainEntityOfPage: story.url,
    ...(story.image ? { image: story.image } : {}),
    about: story.people.map((person) => ({ '@type': 'Person', name: person.name, url: person.url })),
    author: story.author ? { '@type': 'Person', name: story.author.name, url: story.author.url } : organisation,
    publisher: organisation,
  };
}

/** Profile page data for a person's page. */
export function profileJsonLd(person: {
  url: string;
  name: string;
  role: string;
  image?: string | undefined;
  sameAs: readonly string[];
  organisation: Named;
  /** Names of the badges the person holds. */
  awards?: readonly string[];
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: person.url,
    mainEntity: {
      '@type': 'Person',
      name: person.name,
      ...(person.role ? { jobTitle: person.role } : {}),
      url: person.url,
      ...(person.image ? { image: person.image } : {}),
      ...(person.sameAs.length > 0 ? { sameAs: person.sameAs } : {}),
      ...(person.awards?.length ? { award: person.awards } : {}),
      worksFor: { '@type': 'Organization', name: person.organisation.name, url: person.organisation.url },
    },
  };
}

/** Organization data for the home page. */
export function organizationJsonLd(organisation: Named & { description: string; logo?: string | undefined }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organisation.name,
    url: organisation.url,
    description: organisation.description,
    ...(organisation.logo ? { logo: organisation.logo } : {}),
  };
}

/**
 * When a story last changed, for `dateModified`: its file's last commit, or without git its newest approval,
 * never before it was published.
 */
export function modifiedDate(published: Date, lastCommit: Date | undefined, approvals: readonly Date[]): Date {
  const newest = lastCommit ?? approvals.reduce<Date | undefined>((latest, date) => (!latest || date > latest ? date : latest), undefined);
  return newest && newest > published ? newest : published;
}
