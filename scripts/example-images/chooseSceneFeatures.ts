/** Chooses the composition and colours of an example scene (department images and spotlight heroes). */
import { createRng } from './createRng.ts';
import { CREAM, PALETTE, PALETTE_NAMES, mix } from './mixColours.ts';

/** Department image size in pixels (3:2). */
export const DEPARTMENT_SIZE = { width: 1200, height: 800 } as const;
/** Spotlight hero size in pixels (16:9). */
export const HERO_SIZE = { width: 1600, height: 900 } as const;

/** The kinds of scene there are. */
export const COMPOSITIONS = ['landscape', 'river', 'geometric', 'waves', 'pipes'] as const;
export type Composition = (typeof COMPOSITIONS)[number];

/** Everything that makes one scene look the way it does. */
export interface SceneFeatures {
  composition: Composition;
  sky: string;
  /** Colours for layers, far to near. */
  layers: string[];
  accent: string;
  water: string;
  sunColour: string;
  night: boolean;
  seed: number;
}

/** Keywords in an entry id that suggest a motif (first match wins). */
const MOTIF_HINTS: ReadonlyArray<readonly [RegExp, Composition]> = [
  [/pipe|network|asset|engineer|maintenance|infrastructure|leak|\bdig(ging)?\b|mains|sewer|treatment|\btaps?\b/i, 'pipes'],
  [/data|digital|finance|plan|\blab\b|quality|science|\bmaps?\b|customer|phone|\bit\b|tech/i, 'geometric'],
  [/river|water|catchment|flood|drain|reservoir|brook|stream|clean/i, 'river'],
  [/\bsea\b|coast|wave|storm|climate|rain/i, 'waves'],
  [/field|crew|winter|people|culture|apprentice|buddy|school|year/i, 'landscape'],
];
const NIGHT_HINT = /night|evening|quiet|moon|dark/i;

/**
 * Choose the composition and colours for a scene. Keywords in the id (or, failing that,
 * in `hints` such as tags and theme) bias the motif; the id alone seeds the randomness.
 */
export function chooseSceneFeatures(id: string, hints: readonly string[] = []): SceneFeatures {
  const rng = createRng(`scene:${id}`);
  const hintFor = (text: string): Composition | undefined => MOTIF_HINTS.find(([re]) => re.test(text))?.[1];
  const hinted = hintFor(id) ?? hintFor(hints.join(' '));
  const composition = hinted && rng.chance(0.85) ? hinted : rng.pick(COMPOSITIONS);
  const skyName = rng.pick(['sand', 'ochre', 'terracotta', 'dustyBlue', 'sage', 'plum'] as const);
  const night = rng.chance(0.12) || NIGHT_HINT.test(id);
  const sky = night ? mix(PALETTE.plum.deep, PALETTE.dustyBlue.deep, 0.45) : mix(PALETTE[skyName].light, CREAM, 0.25);
  // A harmonious run of layer colours: two families, far (light) to near (deep).
  const familyA = rng.pick(PALETTE_NAMES.filter((p) => p !== skyName));
  const familyB = rng.pick(PALETTE_NAMES.filter((p) => p !== skyName && p !== familyA));
  const a = PALETTE[familyA];
  const b = PALETTE[familyB];
  const layers = [mix(a.light, a.mid, 0.5), b.mid, a.base, mix(b.base, b.deep, 0.5), a.deep];
  return {
    composition,
    sky,
    layers: night ? layers.map((c) => mix(c, PALETTE.plum.deep, 0.35)) : layers,
    accent: rng.pick([PALETTE.terracotta.base, PALETTE.ochre.base, PALETTE.plum.base]),
    water: rng.pick([PALETTE.dustyBlue.mid, mix(PALETTE.dustyBlue.light, PALETTE.dustyBlue.mid, 0.5), PALETTE.sage.light]),
    sunColour: night ? '#F3E6C8' : rng.pick([PALETTE.ochre.mid, PALETTE.terracotta.mid, CREAM, PALETTE.ochre.base]),
    night,
    seed: rng.int(1, 999_999),
  };
}
