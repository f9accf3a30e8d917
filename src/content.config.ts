import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import { COLLECTION_FILES, type FileCollection } from './lib/content/collections.ts';
import { contentDir } from './lib/content/contentDir.ts';
import { entryId } from './lib/content/entryId.ts';
import { departmentSchema, kudosSchema, newsletterSchema, personSchema, siteSchema, spotlightSchema, type ReferenceFn } from './lib/content/schema/index.ts';

const dir = contentDir(process.env);
const ref = reference as unknown as ReferenceFn;
const byFileName = ({ entry }: { entry: string }) => entryId(entry);
const files = (collection: FileCollection) =>
  glob({ base: `${dir}/${COLLECTION_FILES[collection].folder}`, pattern: COLLECTION_FILES[collection].pattern, generateId: byFileName });

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
