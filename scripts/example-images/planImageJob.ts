/** Turns a content entry's front matter into the example image it needs, and draws that image. */
import path from 'node:path';
import { choosePortraitFeatures, pronounHint, type PronounHint } from './choosePortraitFeatures.ts';
import { chooseSceneFeatures, DEPARTMENT_SIZE, HERO_SIZE } from './chooseSceneFeatures.ts';
import { drawPortrait } from './drawPortrait.ts';
import { drawScene } from './drawScene.ts';
import { formatForPath } from './encodeImage.ts';

/** What an image shows: a person's portrait, a department's scene or a spotlight's hero. */
export type ImageKind = 'portrait' | 'department' | 'hero';

/** One image to draw, and what the content says about it. */
export interface ImageJob {
  kind: ImageKind;
  /** Entry id: file path relative to its collection directory, without extension. */
  id: string;
  /** Absolute output path. */
  output: string;
  /** The person withdrew consent: their portrait gets GPS EXIF so the privacy tests can prove it is never published. */
  withdrawn: boolean;
  /** The person's name or the entry's title, for the EXIF Artist and Copyright. */
  name: string;
  pronouns: PronounHint;
  /** Tags and theme from the front matter, used as motif hints for scenes. */
  hints: string[];
}

/** One content entry, read: where it is and its front matter. */
export interface ContentEntry {
  /** Absolute path of the Markdown file. */
  file: string;
  /** Absolute path of its collection's folder. */
  collectionDir: string;
  kind: ImageKind;
  /** Front-matter field holding the image: a path, or an object with `src`. */
  field: string;
  data: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function imageSrc(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value['src'] === 'string') return value['src'];
  return undefined;
}

/** Plans the image an entry references: a job, a warning when the reference cannot be drawn, or undefined when there is none. */
export function planImageJob(entry: ContentEntry): { job: ImageJob } | { warning: string } | undefined {
  const { file, collectionDir, kind, field, data } = entry;
  const src = imageSrc(data[field]);
  if (!src) return undefined;
  if (/^[a-z]+:/i.test(src) || src.startsWith('/') || src.startsWith('@') || src.startsWith('~')) {
    return { warning: `skip ${file}: ${field}.src "${src}" is not a relative path` };
  }
  const output = path.resolve(path.dirname(file), src);
  if (!formatForPath(output)) {
    return { warning: `skip ${file}: unsupported image extension in "${src}" (use .jpg, .webp or .png)` };
  }
  const id = path
    .relative(collectionDir, file)
    .replace(/\.(md|mdx)$/i, '')
    .split(path.sep)
    .join('/');
  const consent = data['consent'];
  return {
    job: {
      kind,
      id,
      output,
      withdrawn: kind === 'portrait' && isRecord(consent) && consent['status'] === 'withdrawn',
      name: typeof data['name'] === 'string' ? data['name'] : typeof data['title'] === 'string' ? data['title'] : id,
      pronouns: pronounHint(data['pronouns']),
      hints: [
        ...(Array.isArray(data['tags']) ? data['tags'].filter((t): t is string => typeof t === 'string') : []),
        ...(typeof data['theme'] === 'string' ? [data['theme']] : []),
      ],
    },
  };
}

/** Draws the SVG for a job; the same job always gives the same SVG. */
export function drawImageJob(job: Pick<ImageJob, 'kind' | 'id'> & { pronouns?: PronounHint; hints?: readonly string[] }): string {
  switch (job.kind) {
    case 'portrait':
      return drawPortrait(choosePortraitFeatures(job.id, { pronouns: job.pronouns ?? 'neutral' }));
    case 'department':
      return drawScene(chooseSceneFeatures(`department:${job.id}`, job.hints), DEPARTMENT_SIZE.width, DEPARTMENT_SIZE.height);
    case 'hero':
      return drawScene(chooseSceneFeatures(`spotlight:${job.id}`, job.hints), HERO_SIZE.width, HERO_SIZE.height);
  }
}
