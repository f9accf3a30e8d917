/** Templates for `npm run new`: a content file with every field present and explained, and where it goes. */

/** The kinds of file `npm run new` writes. */
export const KINDS = ['spotlight', 'person', 'department', 'kudos', 'newsletter'] as const;
export type Kind = (typeof KINDS)[number];

/** What a template is filled with; anything missing is left for the editor to write. */
export interface ScaffoldInput {
  kind: Kind;
  /** The file's id; derived from the name or title when not given. */
  id?: string | undefined;
  /** A person's or department's name. */
  name?: string | undefined;
  /** A spotlight's or newsletter issue's title. */
  title?: string | undefined;
  /** A person id: featured in a spotlight, thanked by kudos. */
  person?: string | undefined;
  /** A department id. */
  department?: string | undefined;
  /** The person giving kudos, or writing a spotlight. */
  from?: string | undefined;
  /** Today, as YYYY-MM-DD. */
  today: string;
}

/** Letters that do not come apart into a base letter and an accent. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** A kebab-case ASCII id from a name or title: "Zoë Ångström" becomes `zoe-angstrom`. */
export function toId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** A YAML string, quoted so that colons, # and quotes stay text. */
const quoted = (value: string | undefined) => (value ? JSON.stringify(value) : '');

/** The file's id and its path inside the content folder. */
export function scaffoldPath(input: ScaffoldInput): { id: string; file: string } {
  const year = input.today.slice(0, 4);
  const fromText = toId(input.name ?? input.title ?? '');
  const byKind: Record<Kind, () => { id: string; file: string }> = {
    person: () => ({ id: input.id ?? fromText, file: 'people/{id}.md' }),
    department: () => ({ id: input.id ?? fromText, file: 'departments/{id}.md' }),
    spotlight: () => ({ id: input.id ?? fromText, file: `spotlights/${year}/{id}.md` }),
    kudos: () => ({ id: input.id ?? toId(`${input.from ?? 'kudos'}-thanks-${input.person ?? 'colleague'}-${input.today}`), file: `kudos/${year}/{id}.yaml` }),
    newsletter: () => ({ id: input.id ?? input.today.slice(0, 7), file: 'newsletter/{id}.md' }),
  };
  const { id, file } = byKind[input.kind]();
  return { id, file: file.replace('{id}', id) };
}

/** The text of a new content file: every field, each with a comment; what only a person can know is left empty. */
export function scaffoldText(input: ScaffoldInput): string {
  const { id } = scaffoldPath(input);
  const templates: Record<Kind, () => string> = {
    person: () => `---
# Full name as the person wants it shown.
name: ${quoted(input.name)}
# Pronouns, such as she/her, only if the person wants them shown; otherwise delete the line.
# pronouns: she/her
# Job title.
role:
# One sentence on what the person does, shown on the team grid.
roleSummary:
# Id of the department (a file name in content/departments/, without .md).
department: ${input.department ?? ''}
# Portrait: put the photo next to this file. Published only when consent scope includes photo.
# photo:
#   src: ./${id}.jpg
#   alt: Portrait of ${input.name ?? 'the person'}, describing what the photo shows
# When the person joined, YYYY-MM-DD.
joined:
# Social profiles and website, each optional.
# links:
#   linkedin: https://www.linkedin.com/in/their-name
#   mastodon: https://mastodon.social/@their-name
#   bluesky: https://bsky.app/profile/their-name.bsky.social
#   website: https://their-name.example
# Consent as recorded on the signed form: nobody is published without it.
consent:
  # granted, or withdrawn to take the person off every page, feed and newsletter.
  status:
  # The date on the consent form, YYYY-MM-DD.
  date:
  # What the person agreed to: profile (a page), photo, newsletter, social (share kits and cards).
  scope: [profile]
  # Date after which consent lapses unless renewed; delete the line if it does not lapse.
  # expires: ${Number(input.today.slice(0, 4)) + 2}${input.today.slice(4)}
---
A short biography in the person's own words (two or three sentences).
`,
    department: () => `---
# The department's name.
name: ${quoted(input.name)}
# One sentence on what the department does.
summary:
# Id of the person who leads the department (shown only while they are public); delete if none.
# lead: ${input.person ?? 'their-id'}
# A photo of the team or its place of work, next to this file.
# photo:
#   src: ./${id}.jpg
#   alt: Describe what the photo shows
---
The department's profile: what it does, for whom, and what a day looks like.
`,
    spotlight: () => `---
# Headline.
title: ${quoted(input.title)}
# One or two sentences for cards, feeds and link previews.
summary:
# Ids of the people the story features (file names in content/people/).
people: [${input.person ?? ''}]
# Department id; delete the line to use the first person's department.
${input.department ? '' : '# '}department: ${input.department ?? 'their-department'}
# Id of the person who wrote the story.
author: ${input.from ?? ''}
# Publication date; a future date schedules the story.
date: ${input.today}
# draft, review or approved. Only approved stories with every approval publish.
status: draft
# Sign-offs: every role in site.yaml approvals must appear before the story publishes.
approvals: []
#  - role: communications
#    by: Their Name
#    date: ${input.today}
# What the story is about: culture, csr, expertise, purpose, mentoring or milestone.
theme:
# Keywords, lowercase with hyphens.
tags: []
# Lead image next to this file, with alt text and an optional credit.
# hero:
#   src: ./${id}.jpg
#   alt: Describe what the picture shows
#   credit: "Photo: Their Name"
# Suggested posts for the people featured (LinkedIn 3000, X 280, Bluesky 300, Mastodon 500 characters).
# share:
#   linkedin: ""
#   x: ""
---
Write the story here.
`,
    kudos: () => `# Id of the person giving thanks.
from: ${input.from ?? ''}
# Ids of the people thanked.
to: [${input.person ?? ''}]
# When the kudos was given, YYYY-MM-DD.
date: ${input.today}
# Badge id from site.yaml badges.
badge:
# The thanks, in the giver's words.
message:
# true to show it on the public recognition wall (only if everyone named is public).
public: false
`,
    newsletter: () => `---
# Title of the issue.
title: ${quoted(input.title)}
# Send date, YYYY-MM-DD.
date: ${input.today}
# Id of the department this issue profiles.
department: ${input.department ?? ''}
# Ids of the spotlights in this issue; unpublished ones are left out.
spotlights: []
# draft or approved.
status: draft
---
The editor's letter.
`,
  };
  return templates[input.kind]();
}

/** What to do once the file is written. */
export function nextSteps(kind: Kind, file: string): string[] {
  const extra: Record<Kind, string> = {
    person: 'Record consent from the signed form (consent.status, date, scope) before anyone publishes this person.',
    department: 'Write the profile below the front matter.',
    spotlight: 'Collect an approval from every role in site.yaml approvals, then set status: approved.',
    kudos: 'Set public: true only when the giver and everyone thanked agree to the recognition wall.',
    newsletter: 'List the spotlights of this issue and write the letter.',
  };
  return [
    `Open ${file} and fill in the empty fields (each has a comment saying what it wants).`,
    extra[kind],
    'Run npm run check: it names every field still to fill in.',
  ];
}
