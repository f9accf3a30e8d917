/**
 * The bare Astro baseline of `npm run bench`: the smallest Astro project that builds the same spotlight
 * Markdown files (one `glob` collection, one dynamic route, a minimal layout, no features), so that the
 * bench can say how much slower per page Insource renders than Astro itself.
 */
import type { GeneratedFile } from './generateOrganisation.ts';

/** Where the bare project finds what it builds. */
export interface BareProjectOptions {
  /** The site's address, as Astro's `site`. */
  site: string;
  /** Absolute path of the folder holding the spotlight Markdown files. */
  spotlights: string;
  /** Absolute path of the integration that records `content sync` and `pages` (src/integrations/buildPhases.ts). */
  phasesIntegration: string;
}

/**
 * The files of the bare project, relative to its folder. Besides `site`, its config only adds the phase
 * timer (which records, and changes nothing) and its own `cacheDir`: the project's `node_modules` is linked
 * in, and Astro's default cache inside it would be shared with the Insource build being measured.
 */
export function bareProjectFiles(options: BareProjectOptions): GeneratedFile[] {
  return [
    {
      path: 'astro.config.mjs',
      text: `import { defineConfig } from 'astro/config';
import { buildPhases } from ${JSON.stringify(options.phasesIntegration)};

export default defineConfig({
  site: ${JSON.stringify(options.site)},
  cacheDir: './.cache',
  integrations: [buildPhases()],
});
`,
    },
    {
      path: 'src/content.config.ts',
      text: `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  spotlights: defineCollection({ loader: glob({ base: ${JSON.stringify(options.spotlights)}, pattern: '**/*.md' }) }),
};
`,
    },
    {
      path: 'src/layouts/Base.astro',
      text: `---
interface Props {
  title: string;
}
const { title } = Astro.props;
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`,
    },
    {
      path: 'src/pages/[...id].astro',
      text: `---
import { getCollection, render } from 'astro:content';
import Base from '../layouts/Base.astro';

export async function getStaticPaths() {
  const entries = await getCollection('spotlights');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Base title={String(entry.data.title)}>
  <h1>{entry.data.title}</h1>
  <Content />
</Base>
`,
    },
  ];
}
