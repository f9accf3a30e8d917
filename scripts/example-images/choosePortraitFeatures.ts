/** Chooses every visual feature of an example portrait from the person's id. */
import { createRng } from './createRng.ts';
import { CREAM, INK, PALETTE, PALETTE_NAMES, contrast, luminance, mix } from './mixColours.ts';

/** Portrait size in pixels (portrait orientation, 4:5). */
export const PORTRAIT_SIZE = { width: 640, height: 800 } as const;

/** A skin colour with the shade, blush and line colours drawn on it. */
export interface SkinTone {
  base: string;
  shade: string;
  blush: string;
  line: string;
}

/** Skin tones from light to deep, each with its own shade, blush and line colour. */
const SKIN_TONES: readonly SkinTone[] = ['#F6D9C4', '#EFC6A6', '#E2AF8A', '#D29A72', '#BC8260', '#A56D4C', '#8D5A3D', '#774A31', '#633B27'].map((base) => ({
  base,
  shade: mix(base, '#6B3426', 0.22),
  blush: mix(base, '#D9604F', 0.35),
  // Deep skin tones get a lighter, rosier line so the mouth still reads.
  line: luminance(base) < 0.1 ? mix(base, '#E09A88', 0.5) : mix(base, '#2A1510', 0.55),
}));

/** Natural hair colours, dark to light, then grey and silver. */
const HAIR_COLOURS: readonly string[] = [
  '#201816', // near-black
  '#2F211B', // dark brown
  '#4A3025', // brown
  '#6E452E', // chestnut
  '#8E4E2E', // auburn
  '#B98A55', // dark blonde
  '#D6B47A', // blonde
  '#8F8881', // grey
  '#CFC8C0', // silver
];

const HAIR_STYLES = ['short', 'crop', 'quiff', 'long', 'bob', 'bun', 'curly', 'coils', 'headscarf', 'bald'] as const;
export type HairStyle = (typeof HAIR_STYLES)[number];

const CLOTHING_STYLES = ['crew', 'vneck', 'shirt', 'turtleneck', 'blazer'] as const;
export type ClothingStyle = (typeof CLOTHING_STYLES)[number];

export type Backdrop = 'circle' | 'arch' | 'split' | 'sun' | 'plain';
export type EyeStyle = 'closed' | 'dots' | 'lashes';
export type FacialHair = 'none' | 'beard' | 'moustache' | 'stubble';

/** Everything that makes one portrait look the way it does. */
export interface PortraitFeatures {
  background: string;
  backdrop: Backdrop;
  backdropColour: string;
  skin: SkinTone;
  hairStyle: HairStyle;
  hairColour: string;
  clothingStyle: ClothingStyle;
  clothing: string;
  clothingAccent: string;
  scarf: string;
  eyes: EyeStyle;
  brows: boolean;
  glasses: 'none' | 'round' | 'square';
  glassesColour: string;
  facialHair: FacialHair;
  earrings: boolean;
  mouth: 'smile' | 'grin' | 'soft';
  /** Head half-width, half-height and centre y (design units, 640x800). */
  headRx: number;
  headRy: number;
  headCy: number;
  shoulderWidth: number;
  grainSeed: number;
}

/** Pronouns from the content, used only to weight hair and accessory choices. */
export type PronounHint = 'he' | 'she' | 'neutral';

/** Reads a pronouns field ("she/her", "he/him", anything else) as a hint for feature choices. */
export function pronounHint(pronouns: unknown): PronounHint {
  if (typeof pronouns !== 'string') return 'neutral';
  if (/^\s*he\b/i.test(pronouns)) return 'he';
  if (/^\s*she\b/i.test(pronouns)) return 'she';
  return 'neutral';
}

/** What the content says about a person that may shape the portrait. */
export interface PortraitHints {
  /** Weights hair styles and earrings; beards and moustaches only appear for 'he'. */
  pronouns?: PronounHint;
}

// Relative hair style weights per pronoun hint (order as HAIR_STYLES).
const HAIR_WEIGHTS: Readonly<Record<PronounHint, readonly number[]>> = {
  //       short crop quiff long bob  bun  curly coils scarf bald
  he: [4, 3, 3, 0.6, 0.3, 0.4, 2, 2, 0, 2],
  she: [1.2, 0.6, 0.4, 4, 3, 3, 2.5, 2.5, 1.5, 0.2],
  neutral: [3, 2, 2, 3, 2, 2, 2, 2, 1.2, 1],
};

/** Pick every visual feature of a portrait from the person id. Pure and deterministic. */
export function choosePortraitFeatures(id: string, hints: PortraitHints = {}): PortraitFeatures {
  const rng = createRng(`portrait:${id}`);
  const bgName = rng.pick(PALETTE_NAMES);
  const bg = PALETTE[bgName];
  const otherNames = PALETTE_NAMES.filter((p) => p !== bgName);
  const clothingName = rng.pick(otherNames);
  const clothingSwatch = PALETTE[clothingName];
  const accentName = rng.pick(PALETTE_NAMES.filter((p) => p !== bgName && p !== clothingName));

  const pronouns = hints.pronouns ?? 'neutral';
  const hairStyle = rng.weighted<HairStyle>(HAIR_STYLES.map((style, i) => [style, HAIR_WEIGHTS[pronouns][i] ?? 1] as const));
  const skin = rng.pick(SKIN_TONES);
  // Plausible hair colours for the skin tone: deeper skin gets dark or grey hair,
  // lighter skin can have any colour (dark shades still the most common).
  const depth = SKIN_TONES.indexOf(skin);
  const hairWeights: readonly number[] =
    depth >= 6 ? [5, 3, 1, 0, 0, 0, 0, 1, 1] : depth >= 4 ? [4, 3, 2, 1, 1, 0, 0, 1, 1] : [2, 3, 3, 2, 1.5, 1.5, 1.5, 1, 1];
  const hairColour = hairStyle === 'bald' ? skin.shade : rng.weighted(HAIR_COLOURS.map((c, i) => [c, hairWeights[i] ?? 0] as const));
  const frameCandidates = ['#2B211E', '#5B3A29', '#7A4B3A', PALETTE.plum.deep, '#C9A15A', '#E7D9C4'].filter((c) => contrast(c, skin.base) >= 2.2);
  const clothingStyle = rng.pick(CLOTHING_STYLES);
  const facialHairAllowed = pronouns === 'he' && hairStyle !== 'headscarf';
  const facialHair: FacialHair = facialHairAllowed
    ? rng.weighted<FacialHair>([
        ['none', 3],
        ['beard', 2],
        ['stubble', 1],
        ['moustache', 1],
      ])
    : 'none';

  return {
    background: bg.light,
    backdrop: rng.weighted<Backdrop>([
      ['circle', 3],
      ['arch', 3],
      ['split', 2],
      ['sun', 2],
      ['plain', 1],
    ]),
    backdropColour: mix(bg.light, bg.mid, rng.range(0.35, 0.6)),
    skin,
    hairStyle,
    hairColour,
    clothingStyle,
    clothing: rng.pick([clothingSwatch.base, clothingSwatch.deep, clothingSwatch.mid]),
    clothingAccent: rng.pick([CREAM, PALETTE[accentName].light, PALETTE[accentName].mid]),
    scarf: rng.pick([PALETTE[accentName].base, PALETTE[accentName].deep, clothingSwatch.mid]),
    eyes: rng.weighted<EyeStyle>([
      ['closed', 3],
      ['dots', 3],
      ['lashes', 1],
    ]),
    brows: rng.chance(0.85),
    glasses: rng.weighted([
      ['none', 7.5],
      ['round', 1.25],
      ['square', 1.25],
    ] as const),
    glassesColour: rng.pick(frameCandidates.length ? frameCandidates : [INK]),
    facialHair,
    earrings: hairStyle !== 'headscarf' && rng.chance(pronouns === 'she' ? 0.45 : pronouns === 'he' ? 0.08 : 0.25),
    mouth: rng.weighted([
      ['smile', 4],
      ['grin', 1.5],
      ['soft', 3],
    ] as const),
    headRx: rng.range(84, 96),
    headRy: rng.range(106, 116),
    headCy: rng.range(338, 350),
    shoulderWidth: rng.range(205, 240),
    grainSeed: rng.int(1, 999),
  };
}
