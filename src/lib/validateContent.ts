import { closest } from './suggest.ts';
import { ID_PATTERN, type Reference, type SiteSettings } from './schema/index.ts';
import type { Content, Entry } from './publication.ts';

/** One problem in one file, worded for the editor who has to fix it. */
export interface ContentIssue {
  /** File path relative to the project, such as content/people/ana.md. */
  file: string;
  /** Field path inside the file, such as people[1] or photo.src. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

const NOUN: Record<string, string> = { people: 'person', departments: 'department', spotlights: 'spotlight' };

/** Checks what schemas cannot: ids, cross-references, badges, approval roles and image files. */
export function validateContent(
  content: Content,
  settings: Pick<SiteSettings, 'approvals' | 'badges'>,
  options: { imageExists: (entryFile: string, src: string) => boolean },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ids: Record<string, string[]> = {
    people: content.people.map((entry) => entry.id),
    departments: content.departments.map((entry) => entry.id),
    spotlights: content.spotlights.map((entry) => entry.id),
  };
  const fileOf = (entry: Entry<unknown>) => entry.filePath ?? entry.id;

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
  const checkImage = (entry: Entry<unknown>, field: string, src: string | undefined) => {
    if (src && !options.imageExists(fileOf(entry), src)) {
      issues.push({ file: fileOf(entry), field, message: `the image "${src}" does not exist; put the file next to this one and check the spelling, including upper and lower case` });
    }
  };
  const checkId = (entry: Entry<unknown>) => {
    if (!ID_PATTERN.test(entry.id)) {
      issues.push({
        file: fileOf(entry),
        field: '(file name)',
        message: `the file name "${entry.id}" must be lowercase ASCII words joined by hyphens, such as "${toKebab(entry.id) || 'ana-silva'}"; rename the file`,
      });
    }
  };

  for (const entry of [...content.people, ...content.departments, ...content.spotlights, ...content.kudos, ...content.newsletter]) checkId(entry);
  for (const person of content.people) {
    checkReference(person, 'department', person.data.department);
    checkImage(person, 'photo.src', person.data.photo?.src);
  }
  for (const department of content.departments) {
    checkReference(department, 'lead', department.data.lead);
    checkImage(department, 'photo.src', department.data.photo?.src);
  }
  const roles = settings.approvals;
  for (const spotlight of content.spotlights) {
    spotlight.data.people.forEach((ref, i) => checkReference(spotlight, `people[${i}]`, ref));
    checkReference(spotlight, 'department', spotlight.data.department);
    checkReference(spotlight, 'author', spotlight.data.author);
    checkImage(spotlight, 'hero.src', spotlight.data.hero?.src);
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

/** A list of content issues as one message, grouped by file. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  const lines = [`Insource found ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in the content. Nothing was published.`];
  for (const [file, fileIssues] of byFile) {
    lines.push('', file);
    for (const issue of fileIssues) lines.push(`  ${issue.field}: ${issue.message}`);
  }
  return lines.join('\n');
}

function toKebab(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
