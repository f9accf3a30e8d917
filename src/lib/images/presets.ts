/** Preset shapes and sizes for the site's images: the widths encoded (smallest first) and the crop (width / height). */
export const IMAGE_PRESETS = {
  portrait: { widths: [160, 320, 480, 720], aspect: 4 / 5 },
  hero: { widths: [480, 800, 1200, 1600], aspect: 16 / 9 },
  inline: { widths: [480, 800, 1200], aspect: undefined },
} as const;

/** A shape and set of sizes an image is shown in. */
export type ImagePreset = keyof typeof IMAGE_PRESETS;

/** How wide a photo in the text of a story is shown. */
export const INLINE_SIZES = '(min-width: 72rem) 42rem, 92vw';
