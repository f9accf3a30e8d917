import { z } from 'astro/zod';
import { dateField, knownFields, type ReferenceFn, slug, text } from './fields.ts';

/** `content/kudos/<year>/<id>.yaml`: one colleague thanking others. */
export const kudosSchema = (reference: ReferenceFn) =>
  knownFields({
    /** Id of the person giving thanks. */
    from: reference('people'),
    /** Ids of the people thanked. */
    to: z.array(reference('people')).min(1, { message: 'expected at least one person id' }),
    /** When the kudos was given. */
    date: dateField,
    /** Badge id from site.yaml `badges`. */
    badge: slug('a badge id'),
    /** The thanks, in the giver's words. */
    message: text('a message'),
    /** Whether the kudos may appear on the public recognition wall. */
    public: z.boolean({ error: 'expected true or false' }),
  });

export type KudosData = z.output<ReturnType<typeof kudosSchema>>;
