import { z } from 'astro/zod';
import { knownFields, photo, type ReferenceFn, text } from './fields.ts';

/** `content/departments/<id>.md`: a department profile; the body is the profile text. */
export const departmentSchema = (reference: ReferenceFn) =>
  knownFields({
    /** The department's name. */
    name: text('the department name'),
    /** One sentence on what the department does. */
    summary: text('a one-sentence summary'),
    /** Id of the person who leads the department (shown only while they are public). */
    lead: reference('people').optional(),
    /** A photo of the team or its place of work. */
    photo: photo.optional(),
  });

export type DepartmentData = z.output<ReturnType<typeof departmentSchema>>;
