/**
 * A synthetic organisation for `npm run bench`: departments, people, spotlights, kudos and newsletter issues
 * as content files, drawn from a seed so that the same sizes and seed always give the same files. Lengths
 * are close to real ones (a bio of a paragraph, a story of five to nine paragraphs), every theme appears,
 * and a few items are held back (withdrawn consent, drafts, stories in review) as in a real content folder.
 */
import { THEMES } from '../../src/lib/content/schema/spotlights.ts';
import { createRng, type Rng } from '../example-images/createRng.ts';

/** How big an organisation to generate. */
export interface OrganisationSize {
  people: number;
  departments: number;
  spotlights: number;
  seed: string;
}

/** One content file: its path inside the content folder and its text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

const FIRST = [
  'Ana',
  'Bram',
  'Chidi',
  'Dana',
  'Emeka',
  'Freya',
  'Goran',
  'Hana',
  'Ivo',
  'Jun',
  'Kalani',
  'Leila',
  'Mateo',
  'Nia',
  'Oskar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tomas',
];
const LAST = [
  'Abara',
  'Berg',
  'Castro',
  'Diallo',
  'Eriksen',
  'Fontaine',
  'Gupta',
  'Horvat',
  'Ito',
  'Jensen',
  'Kowal',
  'Lund',
  'Moreau',
  'Novak',
  'Osei',
  'Park',
  'Quist',
  'Rahman',
  'Silva',
  'Tanaka',
];
const UNITS = ['Treatment', 'Networks', 'Laboratory', 'Customer', 'Finance', 'Planning', 'Field', 'Digital', 'Assets', 'Safety', 'Energy', 'Estates'];
const ROLES = ['Process Operator', 'Engineer', 'Analyst', 'Team Lead', 'Technician', 'Planner', 'Adviser', 'Coordinator'];
const TAGS = [
  'careers',
  'apprentices',
  'river',
  'night-shift',
  'volunteering',
  'data',
  'safety',
  'community',
  'training',
  'long-service',
  'innovation',
  'schools',
];
const BADGES = ['above-and-beyond', 'mentor', 'team-player'];
const WORDS =
  "the team river pump valve shift morning night crew plant sample report careful patient quiet steady people water valley main repair station reservoir filter lab survey customer call map plan learn teach share notice listen build check measure year month week weather storm flood dry summer winter spring colleague apprentice mentor manager site road trench pipe meter tank field office control room screen data crew's team's it's we'd didn't o'clock".split(
    ' ',
  );

const pad = (n: number) => String(n).padStart(2, '0');
/** A date `days` after 1 January 2024, as YYYY-MM-DD. */
const dayAfterStart = (days: number) => new Date(Date.UTC(2024, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

function sentence(rng: Rng): string {
  const words = Array.from({ length: rng.int(8, 22) }, () => rng.pick(WORDS));
  return `${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`;
}
/** Sentences of a paragraph; about one in seven is a quotation, so the typography has straight quotes to curl, as in real stories. */
const paragraph = (rng: Rng, sentences: [number, number]) =>
  Array.from({ length: rng.int(...sentences) }, () => (rng.chance(0.15) ? `"${sentence(rng)}"` : sentence(rng))).join(' ');
const paragraphs = (rng: Rng, count: number) => Array.from({ length: count }, () => paragraph(rng, [3, 7])).join('\n\n');
const frontmatter = (lines: string[], body: string) => `---\n${lines.join('\n')}\n---\n${body}\n`;

/** The site settings the synthetic organisation builds with. */
function siteYaml(): string {
  return [
    'name: Benchmark Water',
    'url: https://stories.bench.example',
    'description: A synthetic organisation generated to measure how the build grows with content.',
    'locale: en',
    'approvals: [communications, hr]',
    'disclosure: "#BenchmarkWater"',
    'badges:',
    ...BADGES.map((id) => `  - id: ${id}\n    name: ${id.replace(/-/g, ' ')}\n    description: A badge for the benchmark.`),
    '',
  ].join('\n');
}

/** Every file of a synthetic organisation of the given size; the same size and seed give the same files. */
export function generateOrganisation(size: OrganisationSize): GeneratedFile[] {
  const rng = createRng(size.seed);
  const departments = Math.max(1, size.departments);
  const peopleCount = Math.max(departments, size.people);
  const files: GeneratedFile[] = [{ path: 'site.yaml', text: siteYaml() }];

  const departmentIds = Array.from({ length: departments }, (_, i) => `department-${i + 1}`);
  const personIds = Array.from({ length: peopleCount }, (_, i) => `person-${i + 1}`);
  const departmentOf = (person: number) => departmentIds[person % departments]!;
  // About one person in fifty has withdrawn consent (at least one); leads are never among them.
  const withdrawn = new Set(personIds.filter((_, i) => i >= departments && (i % 50 === departments % 50 || i === peopleCount - 1)));
  const published = personIds.filter((id) => !withdrawn.has(id));

  departmentIds.forEach((id, i) => {
    const unit = UNITS[i % UNITS.length]!;
    files.push({
      path: `departments/${id}.md`,
      text: frontmatter(
        [`name: "${unit} ${i + 1}"`, `summary: "The ${unit.toLowerCase()} people of unit ${i + 1}."`, `lead: ${personIds[i]}`],
        paragraphs(rng, rng.int(2, 4)),
      ),
    });
  });

  personIds.forEach((id, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;
    const status = withdrawn.has(id) ? 'withdrawn' : 'granted';
    files.push({
      path: `people/${id}.md`,
      text: frontmatter(
        [
          `name: "${name}"`,
          `role: "${rng.pick(ROLES)}"`,
          `roleSummary: "${sentence(rng)}"`,
          `department: ${departmentOf(i)}`,
          `joined: ${dayAfterStart(-rng.int(30, 7000))}`,
          'consent:',
          `  status: ${status}`,
          `  date: ${dayAfterStart(rng.int(0, 300))}`,
          `  scope: [profile, photo, newsletter${rng.chance(0.1) ? '' : ', social'}]`,
        ],
        paragraph(rng, [3, 6]),
      ),
    });
  });

  const approvedByDepartment = new Map<string, string[]>();
  for (let i = 0; i < size.spotlights; i++) {
    const id = `story-${i + 1}`;
    const days = Math.floor((i * 690) / Math.max(1, size.spotlights));
    const date = dayAfterStart(days);
    // Every theme in turn, so that even a small organisation has them all; one story in 25 is a draft,
    // one in 40 is in review, one in 30 features someone whose consent is withdrawn.
    const status = i % 25 === 7 ? 'draft' : i % 40 === 11 ? 'review' : 'approved';
    const featured = i % 30 === 5 && withdrawn.size > 0 ? [...withdrawn][i % withdrawn.size]! : rng.pick(published);
    const people = rng.chance(0.2) ? [...new Set([featured, rng.pick(published)])] : [featured];
    const department = departmentOf(personIds.indexOf(featured));
    const approvals =
      status === 'approved'
        ? ['approvals:', `  - role: communications\n    by: Comms Editor\n    date: ${date}`, `  - role: hr\n    by: People Partner\n    date: ${date}`]
        : [];
    files.push({
      path: `spotlights/${date.slice(0, 4)}/${id}.md`,
      text: frontmatter(
        [
          `title: "Story ${i + 1}: ${sentence(rng).slice(0, -1)}"`,
          `summary: "${sentence(rng)} ${sentence(rng)}"`,
          `people: [${people.join(', ')}]`,
          `department: ${department}`,
          `author: ${rng.pick(published)}`,
          `date: ${date}`,
          `status: ${status}`,
          ...approvals,
          `theme: ${THEMES[i % THEMES.length]}`,
          `tags: [${[...new Set([rng.pick(TAGS), rng.pick(TAGS)])].join(', ')}]`,
        ],
        `${paragraphs(rng, rng.int(5, 9))}\n\n## What comes next\n\n${paragraph(rng, [2, 4])}`,
      ),
    });
    if (status === 'approved' && !withdrawn.has(featured)) approvedByDepartment.set(department, [...(approvedByDepartment.get(department) ?? []), id]);
  }

  // Kudos: one for every two people, one in ten kept private.
  for (let i = 0; i < Math.floor(peopleCount / 2); i++) {
    const from = rng.pick(published);
    const to = rng.pick(published.filter((id) => id !== from).slice(0, 50)) ?? from;
    const date = dayAfterStart(rng.int(0, 690));
    files.push({
      path: `kudos/${date.slice(0, 4)}/kudos-${i + 1}.yaml`,
      text: [`from: ${from}`, `to: [${to}]`, `date: ${date}`, `badge: ${rng.pick(BADGES)}`, `message: "${sentence(rng)}"`, `public: ${i % 10 !== 3}`, ''].join(
        '\n',
      ),
    });
  }

  // Newsletter: one issue a month for two years, each about one department's latest stories; the last is a draft.
  for (let month = 0; month < 24; month++) {
    const department = departmentIds[month % departments]!;
    const stories = (approvedByDepartment.get(department) ?? []).slice(month, month + 3);
    const date = `${2024 + Math.floor(month / 12)}-${pad((month % 12) + 1)}-20`;
    files.push({
      path: `newsletter/${date.slice(0, 7)}.md`,
      text: frontmatter(
        [
          `title: "Benchmark Stories, issue ${month + 1}"`,
          `date: ${date}`,
          `department: ${department}`,
          `spotlights: [${stories.join(', ')}]`,
          `status: ${month === 23 ? 'draft' : 'approved'}`,
        ],
        paragraphs(rng, 2),
      ),
    });
  }
  return files;
}
