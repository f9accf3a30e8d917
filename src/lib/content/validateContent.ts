import { closest } from './suggest.ts';
import type { ContentIssue } from '../errors.ts';
import type { Reference, SiteSettings } from './schema/index.ts';
import type { Content, Entry } from '../publication/publish.ts';
import { NETWORKS, textLength, withDisclosure, type TextNetwork } from '../output/buildShareLinks.ts';

const NOUN: Record<string, string> = { people: 'person', departments: 'department', spotlights: 'spotlight' };

/** An image a content file points to. */
export interface ImageReference {
  /** The Markdown file that names the image. */
  file: string;
  /** The collection of the entry that names it. */
  collection: 'people' | 'departments' | 'spotlights';
  /** The field that names it, such as photo.src. */
  field: string;
  /** The path as written, relative to the Markdown file. */
  src: string;
}

const fileOf = (entry: Entry<unknown>) => entry.filePath ?? entry.id;

/** Every image the content names in its front matter, with the file and field that name it. */
export function listImages(content: Pick<Content, 'people' | 'departments' | 'spotlights'>): ImageReference[] {
  const images: ImageReference[] = [];
  const add = (collection: ImageReference['collection'], entry: Entry<unknown>, field: string, src: string | undefined) => {
    if (src) images.push({ file: fileOf(entry), collection, field, src });
  };
  for (const person of content.people) add('people', person, 'photo.src', person.data.photo?.src);
  for (const department of content.departments) add('departments', department, 'photo.src', department.data.photo?.src);
  for (const spotlight of content.spotlights) add('spotlights', spotlight, 'hero.src', spotlight.data.hero?.src);
  return images;
}

/** Checks what schemas cannot: cross-references, badges, approval roles and image files. */
export function validateContent(
  content: Content,
  settings: Pick<SiteSettings, 'approvals' | 'badges'> & Partial<Pick<SiteSettings, 'disclosure'>>,
  options: { imageProblem: (image: ImageReference) => string | undefined },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ids: Record<string, string[]> = {
    people: content.people.map((entry) => entry.id),
    departments: content.departments.map((entry) => entry.id),
    spotlights: content.spotlights.map((entry) => entry.id),
  };

  const checkReference = (entry: Entry<unknown>, field: string, ref: Reference | undefined) => {
    if (!ref) return;
    const known = ids[ref.collection] ?? [];
    if (known.includes(ref.id)) return;
    const nearest = closest(ref.id, known);
    issues.push({
      file: fileOf(entry),
      field,
      message:
        `"${ref.id}" is not the id of any ${NOUN[ref.collection]} (ids are the file names in content/${ref.collection}/).` +
        (nearest ? ` The closest existing id is "${nearest.match}".` : ` There are no ${ref.collection} yet.`),
    });
  };
  for (const image of listImages(content)) {
    const problem = options.imageProblem(image);
    if (problem) issues.push({ file: image.file, field: image.field, message: problem });
  }
  for (const person of content.people) {
    checkReference(person, 'department', person.data.department);
  }
  for (const department of content.departments) {
    checkReference(department, 'lead', department.data.lead);
  }
  const roles = settings.approvals;
  for (const spotlight of content.spotlights) {
    spotlight.data.people.forEach((ref, i) => checkReference(spotlight, `people[${i}]`, ref));
    checkReference(spotlight, 'department', spotlight.data.department);
    checkReference(spotlight, 'author', spotlight.data.author);
    for (const [network, text] of Object.entries(spotlight.data.share ?? {}) as [TextNetwork, string | undefined][]) {
      if (!text) continue;
      const post = withDisclosure(text, settings.disclosure ?? '');
      const { label, limit } = NETWORKS[network];
      const length = textLength(network, post);
      if (length <= limit) continue;
      issues.push({
        file: fileOf(spotlight),
        field: `share.${network}`,
        message: `with the disclosure "${settings.disclosure}" that site.yaml adds, this ${label} text is ${length} characters, over ${label}'s limit of ${limit}. Shorten it by ${length - limit}, or include the disclosure yourself where it reads best.`,
      });
    }
    spotlight.data.approvals.forEach((approval, i) => {
      if (roles.includes(approval.role)) return;
      const nearest = closest(approval.role, roles);
      issues.push({
        file: fileOf(spotlight),
        field: `approvals[${i}].role`,
        message: `"${approval.role}" is not a role listed under approvals in content/site.yaml (${roles.join(', ') || 'none listed'}).${nearest ? ` Did you mean "${nearest.match}"?` : ''}`,
      });
    });
  }
  const badges = settings.badges.map((badge) => badge.id);
  for (const kudos of content.kudos) {
    checkReference(kudos, 'from', kudos.data.from);
    kudos.data.to.forEach((ref, i) => checkReference(kudos, `to[${i}]`, ref));
    if (!badges.includes(kudos.data.badge)) {
      const nearest = closest(kudos.data.badge, badges);
      issues.push({
        file: fileOf(kudos),
        field: 'badge',
        message: `"${kudos.data.badge}" is not a badge id from content/site.yaml.${nearest ? ` The closest is "${nearest.match}".` : ' Add badges to site.yaml first.'}`,
      });
    }
  }
  for (const issue of content.newsletter) {
    checkReference(issue, 'department', issue.data.department);
    issue.data.spotlights.forEach((ref, i) => checkReference(issue, `spotlights[${i}]`, ref));
  }
  return issues;
}
