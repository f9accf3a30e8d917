import type { z } from 'astro/zod';
import type { FileCollection } from '../collections.ts';
import { departmentSchema } from './departments.ts';
import { plainReference } from './fields.ts';
import { kudosSchema } from './kudos.ts';
import { newsletterSchema } from './newsletter.ts';
import { personSchema } from './people.ts';
import { siteSchema } from './site.ts';
import { spotlightSchema } from './spotlights.ts';

/** The schema of each kind of content file outside Astro (`site` is content/site.yaml), references read by `plainReference`. */
export const PLAIN_SCHEMAS = {
  site: siteSchema,
  departments: departmentSchema(plainReference),
  people: personSchema(plainReference),
  spotlights: spotlightSchema(plainReference),
  kudos: kudosSchema(plainReference),
  newsletter: newsletterSchema(plainReference),
} satisfies Record<FileCollection | 'site', z.ZodType>;
