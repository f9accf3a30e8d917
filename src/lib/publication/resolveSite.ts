import type { Entry, Published, PublishedPerson, PublishedSpotlight } from './publish.ts';
import type { DepartmentData, KudosData, NewsletterData, PersonData, SiteSettings, SpotlightData, Theme } from '../content/schema/index.ts';

/** The entry type of each collection: plain entries for scripts, Astro's collection entries for pages. */
export interface EntryKinds {
  people: Entry<PersonData>;
  departments: Entry<DepartmentData>;
  spotlights: Entry<SpotlightData>;
  kudos: Entry<KudosData>;
  newsletter: Entry<NewsletterData>;
}

/** A public person with everything pages show of them already looked up. */
export type PersonView<E extends EntryKinds = EntryKinds> = PublishedPerson<E['people']> & {
  department: DepartmentView<E>;
  /** Published stories that feature them, newest first. */
  stories: SpotlightView<E>[];
  /** Public kudos they gave or received, newest first. */
  kudos: KudosView<E>[];
};

/** A department with its public lead, its public members (by name, the lead among them) and its stories. */
export type DepartmentView<E extends EntryKinds = EntryKinds> = E['departments'] & {
  lead: PersonView<E> | undefined;
  members: PersonView<E>[];
  /** Published stories about the department, newest first. */
  stories: SpotlightView<E>[];
};

/** A published story with its people, its author when public, and its department. */
export type SpotlightView<E extends EntryKinds = EntryKinds> = PublishedSpotlight<E['spotlights']> & {
  people: PersonView<E>[];
  author: PersonView<E> | undefined;
  department: DepartmentView<E>;
};

/** Public kudos with its giver and receivers. */
export type KudosView<E extends EntryKinds = EntryKinds> = E['kudos'] & { from: PersonView<E>; to: PersonView<E>[] };

/** A published newsletter issue with its featured department and the stories it lists. */
export type IssueView<E extends EntryKinds = EntryKinds> = E['newsletter'] & {
  department: DepartmentView<E> | undefined;
  spotlights: SpotlightView<E>[];
};

/** Everything the outputs may show, resolved once: no page looks a reference up or filters all stories. */
export interface SiteModel<E extends EntryKinds = EntryKinds> {
  site: SiteSettings;
  now: Date;
  /** Public people, by name. */
  people: PersonView<E>[];
  /** Every department, by name. */
  departments: DepartmentView<E>[];
  /** Published stories, newest first. */
  spotlights: SpotlightView<E>[];
  /** Public kudos, newest first. */
  kudos: KudosView<E>[];
  /** Published newsletter issues, newest first. */
  newsletter: IssueView<E>[];
  /** Published stories by theme, only themes that have one, in the order themes are listed. */
  themes: Map<Theme, SpotlightView<E>[]>;
  /** Published stories by tag, tags in alphabetical order. */
  tags: Map<string, SpotlightView<E>[]>;
}

/**
 * Resolves the published set into a model of plain objects whose references point at each other: a story
 * carries its people, author and department, a department its lead, members and stories, a person their
 * department, stories and kudos. Only published entries are reachable, so an output built from the model
 * cannot show anything else.
 */
export function resolveSite<E extends EntryKinds>(
  published: Omit<Published<E['people'], E['departments'], E['spotlights'], E['kudos'], E['newsletter']>, 'notices'>,
  site: SiteSettings,
  now: Date,
  themeOrder: readonly Theme[],
): SiteModel<E> {
  const people = published.people.map((person) => ({ ...person, stories: [], kudos: [] }) as unknown as PersonView<E>);
  const departments = published.departments.map((department) => ({ ...department, members: [], stories: [] }) as unknown as DepartmentView<E>);
  const personById = new Map(people.map((person) => [person.id, person]));
  const departmentById = new Map(departments.map((department) => [department.id, department]));
  const person = (id: string) => personById.get(id);
  const department = (id: string) => {
    const found = departmentById.get(id);
    if (!found) throw new Error(`The published set names a department that does not exist: ${id}`);
    return found;
  };

  for (const view of departments) view.lead = view.data.lead ? person(view.data.lead.id) : undefined;
  for (const view of people) {
    view.department = department(view.data.department.id);
    view.department.members.push(view);
  }

  const spotlights = published.spotlights.map((story) => {
    const view = {
      ...story,
      people: story.data.people.map((ref) => person(ref.id)).filter((p): p is PersonView<E> => Boolean(p)),
      author: person(story.data.author.id),
      department: department(story.data.department.id),
    } as SpotlightView<E>;
    for (const featured of view.people) featured.stories.push(view);
    view.department.stories.push(view);
    return view;
  });

  const kudos = published.kudos.map((entry) => {
    const view = {
      ...entry,
      from: person(entry.data.from.id),
      to: entry.data.to.map((ref) => person(ref.id)).filter((p): p is PersonView<E> => Boolean(p)),
    } as KudosView<E>;
    for (const involved of new Set([view.from, ...view.to])) involved.kudos.push(view);
    return view;
  });

  const storyById = new Map(spotlights.map((story) => [story.id, story]));
  const newsletter = published.newsletter.map(
    (issue) =>
      ({
        ...issue,
        department: issue.data.department ? departmentById.get(issue.data.department.id) : undefined,
        spotlights: issue.data.spotlights.map((ref) => storyById.get(ref.id)).filter((s): s is SpotlightView<E> => Boolean(s)),
      }) as IssueView<E>,
  );

  const themes = new Map<Theme, SpotlightView<E>[]>();
  for (const theme of themeOrder) {
    const stories = spotlights.filter((story) => story.data.theme === theme);
    if (stories.length > 0) themes.set(theme, stories);
  }
  const tags = new Map<string, SpotlightView<E>[]>();
  for (const story of spotlights) for (const tag of story.data.tags) tags.set(tag, [...(tags.get(tag) ?? []), story]);

  return {
    site,
    now,
    people,
    departments,
    spotlights,
    kudos,
    newsletter,
    themes,
    tags: new Map([...tags].sort(([a], [b]) => a.localeCompare(b))),
  };
}
