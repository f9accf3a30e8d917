import { whyPersonIsPrivate, whySpotlightIsUnpublished } from '../publication/publish.ts';
import { THEMES, type PersonData, type SiteSettings, type SpotlightData } from '../content/schema/index.ts';
import { paths } from '../urls.ts';

/** An entry as read from its file; `data` is missing when its front matter could not be read. */
export interface ContentFile<T> {
  id: string;
  data?: T | undefined;
}

/** The entries that have pages of their own. */
export interface PageContent {
  people: readonly ContentFile<PersonData>[];
  departments: readonly ContentFile<unknown>[];
  spotlights: readonly ContentFile<SpotlightData>[];
}

/**
 * Every page that content defines, by URL path, with why the publication rule leaves it out ('' when it is
 * published): people, spotlights and departments by id, tags of any story, every theme.
 */
export function describeContentPages(content: PageContent, settings: Pick<SiteSettings, 'approvals'>, now: Date): Map<string, string> {
  const pages = new Map<string, string>();
  const personReasons = new Map(content.people.map((person) => [person.id, person.data ? whyPersonIsPrivate(person.data, now) : ['it could not be read']]));
  const isPublic = (id: string) => personReasons.get(id)?.length === 0;
  for (const [id, reasons] of personReasons) pages.set(paths.person(id), reasons.length > 0 ? `that person is not public (${reasons.join('; ')})` : '');
  for (const department of content.departments) pages.set(paths.department(department.id), '');
  const published: SpotlightData[] = [];
  for (const { id, data } of content.spotlights) {
    const reasons = data ? whySpotlightIsUnpublished(data, settings, now, isPublic) : ['it could not be read'];
    if (data && reasons.length === 0) published.push(data);
    pages.set(paths.spotlight(id), reasons.length > 0 ? `that story is not published (${reasons.join('; ')})` : '');
  }
  const publishedTags = new Set(published.flatMap((story) => story.tags));
  const publishedThemes = new Set(published.map((story) => story.theme));
  for (const tag of new Set(content.spotlights.flatMap(({ data }) => data?.tags ?? []))) {
    pages.set(paths.tag(tag), publishedTags.has(tag) ? '' : `no published story is tagged ${tag}`);
  }
  for (const theme of THEMES) {
    pages.set(paths.theme(theme), publishedThemes.has(theme) ? '' : `no published story has the theme ${theme}`);
  }
  return pages;
}
