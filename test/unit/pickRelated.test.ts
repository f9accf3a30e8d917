import { describe, expect, test } from 'vitest';
import { pickRelated } from '../../src/lib/pages/pickRelated.ts';

const story = (id: string, department: string, theme: string) => ({ id, data: { department: { id: department }, theme } });
const ids = (stories: { id: string }[]) => stories.map((s) => s.id);

// Newest first, as the site orders published spotlights.
const all = [
  story('lab-1', 'lab', 'culture'),
  story('field-1', 'field', 'culture'),
  story('current', 'lab', 'culture'),
  story('lab-2', 'lab', 'expertise'),
  story('care-1', 'care', 'culture'),
  story('lab-3', 'lab', 'culture'),
  story('lab-4', 'lab', 'culture'),
  story('care-2', 'care', 'culture'),
  story('field-2', 'field', 'milestone'),
];
const current = all[2]!;
/** The department's and the theme's lists, as the resolved model indexes them. */
const listsFor = (stories: typeof all, of: (typeof all)[number]) => ({
  department: stories.filter((s) => s.data.department.id === of.data.department.id),
  theme: stories.filter((s) => s.data.theme === of.data.theme),
});

describe('pickRelated', () => {
  test('suggests up to three other stories from the same department, newest first', () => {
    expect(ids(pickRelated(current, listsFor(all, current)).department)).toEqual(['lab-1', 'lab-2', 'lab-3']);
  });

  test('suggests stories on the same theme, leaving out the current one and those from the department list', () => {
    expect(ids(pickRelated(current, listsFor(all, current)).theme)).toEqual(['field-1', 'care-1', 'lab-4']);
  });

  test('never suggests the current story', () => {
    const related = pickRelated(current, listsFor(all, current), 10);
    expect([...related.department, ...related.theme].some((s) => s.id === 'current')).toBe(false);
  });

  test('a story alone in its department and theme gets no suggestions', () => {
    const lonely = story('lonely', 'harbour', 'purpose');
    expect(pickRelated(lonely, listsFor([...all, lonely], lonely))).toEqual({ department: [], theme: [] });
  });

  test('the limit applies to each list', () => {
    const related = pickRelated(current, listsFor(all, current), 1);
    expect(ids(related.department)).toEqual(['lab-1']);
    expect(ids(related.theme)).toEqual(['field-1']);
  });
});
