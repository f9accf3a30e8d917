import type { Theme } from '../content/schema/index.ts';

/** How each theme is named and introduced on the site. */
export const THEME_INFO: Record<Theme, { label: string; intro: string }> = {
  culture: { label: 'Culture', intro: 'How we work together, and the small habits that make a place feel like ours.' },
  csr: { label: 'Community', intro: 'Colleagues giving time and skill to the places and people around us.' },
  expertise: { label: 'Expertise', intro: 'The craft behind the work: what colleagues know, and how they learned it.' },
  purpose: { label: 'Purpose', intro: 'Why the work matters, told by the people who do it.' },
  mentoring: { label: 'Mentoring', intro: 'Colleagues helping colleagues grow.' },
  milestone: { label: 'Milestones', intro: 'Anniversaries, firsts and farewells worth marking.' },
};
