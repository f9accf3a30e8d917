import { describe, expect, test } from 'vitest';
import { THEMES } from '../../src/lib/content/schema/index.ts';
import { formatPlan, planNext } from '../../src/lib/newsletter/planNext.ts';
import { publish } from '../../src/lib/publication/publish.ts';
import { resolveSite } from '../../src/lib/publication/resolveSite.ts';
import { run } from '../../scripts/newsletter-plan.ts';
import { content, date, NOW, person, ref, SETTINGS, spotlight } from '../helpers/entries.ts';

const SITE = { ...SETTINGS, name: 'Org', url: 'https://org.example/', description: 'Stories.', locale: 'en-GB', badges: [] };
const department = (id: string, name: string) => ({ id, data: { name, summary: `${name}.` } });
const issue = (id: string, dept: string) => ({
  id,
  data: { title: id, date: date(`${id}-01`), department: ref('departments', dept), spotlights: [], status: 'approved' },
});

/** Four departments: lab featured in 2026-05, field in 2026-01, ops and care never (ops has more people). */
function plan() {
  const entries = content({
    people: [
      person('ana'),
      person('bo', {}, { department: ref('departments', 'ops') }),
      person('cy', { scope: ['profile', 'photo'] }, { department: ref('departments', 'ops') }),
      person('di', {}, { department: ref('departments', 'care') }),
      person('ed', {}, { department: ref('departments', 'field') }),
    ],
    departments: [department('lab', 'Lab'), department('field', 'Field'), department('ops', 'Ops'), department('care', 'Care')],
    spotlights: [spotlight('recent', { date: date('2026-05-01') }), spotlight('old', { people: [ref('people', 'ed')], date: date('2025-06-01') })],
    newsletter: [issue('2026-05', 'lab'), issue('2026-01', 'field')],
  } as never);
  return planNext(resolveSite(publish(entries, SETTINGS, NOW), SITE as never, NOW, THEMES));
}

describe('the next department to profile', () => {
  test('never featured first (most public people first), then least recently featured', () => {
    expect(plan().order.map(({ department, publicPeople }) => [department.id, publicPeople])).toEqual([
      ['ops', 2],
      ['care', 1],
      ['field', 1],
      ['lab', 1],
    ]);
  });

  test('coverage gaps: no stories, no recent story, no newsletter consent', () => {
    const found = plan();
    expect(found.departmentsWithoutStories.map((d) => d.id)).toEqual(['care', 'ops']);
    expect(found.peopleWithoutStories.map((p) => p.id)).toEqual(['bo', 'cy', 'di']);
    expect(found.quietDepartments.map(({ department, latest }) => [department.id, latest?.toISOString().slice(0, 10)])).toEqual([
      ['care', undefined],
      ['field', '2025-06-01'],
      ['ops', undefined],
    ]);
    expect(found.notInNewsletter.map((p) => p.id)).toEqual(['cy']);
  });

  test('the printed plan names the next department and says who the newsletter leaves out', () => {
    const text = formatPlan(plan(), 'en-GB');
    expect(text).toMatch(/^Profile next: Ops \(ops\), never featured, 2 public people\.\n/);
    expect(text).toContain('  4. Lab: last featured 1 May 2026, 1 public person');
    expect(text).toContain('Left out of every edition (their consent scope lacks newsletter):\n  - CY (Ops)');
  });
});

describe('npm run newsletter:plan', () => {
  test('plans the fixture site: the lab was featured, so the field crew is next', async () => {
    const out: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => out.push(chunk)) as never;
    try {
      expect(await run(['--dir', 'test/fixtures/site'], { INSOURCE_NOW: '2026-11-01T12:00:00Z' })).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(out.join('')).toMatch(/^Profile next: Field Crew \(field\), never featured/);
    expect(out.join('')).toContain('Nora Quietphoto (The Lab)');
  });

  test('refuses unknown options with the usage', async () => {
    expect(await run(['--nope'], {})).toBe(2);
  });
});
