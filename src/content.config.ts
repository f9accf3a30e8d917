import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import { COLLECTION_FILES, type FileCollection } from './lib/content/collections.ts';
import { contentDir } from './lib/content/contentDir.ts';
import { entryId } from './lib/content/entryId.ts';
import { imageCacheDir } from './lib/images/imageCacheDir.ts';
import { keepRenders } from './loaders/keepRenders.ts';
import { departmentSchema, kudosSchema, newsletterSchema, personSchema, siteSchema, spotlightSchema, type ReferenceFn } from './lib/content/schema/index.ts';

const dir = contentDir(process.env);
const ref = reference as unknown as ReferenceFn;
const byFileName = ({ entry }: { entry: string }) => entryId(entry);
// Astro keeps each Markdown file's render between builds; keepRenders uses a kept render only where a fresh
// one would be the same, and renders a file whose render failed again, so that its error shows on every build.
const files = (collection: FileCollection) =>
  keepRenders(glob({ base: `${dir}/${COLLECTION_FILES[collection].folder}`, pattern: COLLECTION_FILES[collection].pattern, generateId: byFileName }), {
    contentDir: dir,
    imageCache: (root) => imageCacheDir(root, process.env),
  });

export const collections = {
  site: defineCollection({
    // The core schema keeps a date as the text it is (2026-06-31 stays "2026-06-31"), so the schema sees what was written.
    loader: file(`${dir}/site.yaml`, { parser: (text) => ({ site: parseYaml(text, { schema: CORE_SCHEMA }) as Record<string, unknown> }) }),
    schema: siteSchema,
  }),
  departments: defineCollection({
    loader: files('departments'),
    schema: departmentSchema(ref),
  }),
  people: defineCollection({
    loader: files('people'),
    schema: personSchema(ref),
  }),
  spotlights: defineCollection({
    loader: files('spotlights'),
    schema: spotlightSchema(ref),
  }),
  kudos: defineCollection({
    loader: files('kudos'),
    schema: kudosSchema(ref),
  }),
  newsletter: defineCollection({
    loader: files('newsletter'),
    schema: newsletterSchema(ref),
  }),
};
