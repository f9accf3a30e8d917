import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { load as parseYaml } from 'js-yaml';
import { contentDir } from './lib/contentDir.ts';
import { entryId } from './lib/entryId.ts';
import {
  departmentSchema,
  kudosSchema,
  newsletterSchema,
  personSchema,
  siteSchema,
  spotlightSchema,
  type ReferenceFn,
} from './lib/schema/index.ts';

const dir = contentDir(process.env);
const ref = reference as unknown as ReferenceFn;
const byFileName = ({ entry }: { entry: string }) => entryId(entry);

export const collections = {
  site: defineCollection({
    loader: file(`${dir}/site.yaml`, { parser: (text) => ({ site: parseYaml(text) as Record<string, unknown> }) }),
    schema: siteSchema,
  }),
  departments: defineCollection({
    loader: glob({ base: `${dir}/departments`, pattern: '*.md', generateId: byFileName }),
    schema: departmentSchema(ref),
  }),
  people: defineCollection({
    loader: glob({ base: `${dir}/people`, pattern: '*.md', generateId: byFileName }),
    schema: personSchema(ref),
  }),
  spotlights: defineCollection({
    loader: glob({ base: `${dir}/spotlights`, pattern: '**/*.{md,mdx}', generateId: byFileName }),
    schema: spotlightSchema(ref),
  }),
  kudos: defineCollection({
    loader: glob({ base: `${dir}/kudos`, pattern: '**/*.{yaml,yml}', generateId: byFileName }),
    schema: kudosSchema(ref),
  }),
  newsletter: defineCollection({
    loader: glob({ base: `${dir}/newsletter`, pattern: '*.md', generateId: byFileName }),
    schema: newsletterSchema(ref),
  }),
};
