import sharp from 'sharp';

/** A small seeded generator (mulberry32): the same seed always draws the same photo. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The raw RGB pixels of a photo-like test picture: a two-colour gradient, soft blobs and hard-edged blocks
 * (like a background, a face and windows), low-frequency shading and sensor-like grain, so encoders work as
 * hard as on a photograph rather than on flat colour.
 */
export function drawPhotoPixels(width: number, height: number, seed: number): Buffer {
  const random = seeded(seed);
  const colour = () => [random() * 255, random() * 255, random() * 255] as const;
  const [top, bottom] = [colour(), colour()];
  const blobs = Array.from({ length: 7 }, () => ({
    x: random() * width,
    y: random() * height,
    r: (0.1 + random() * 0.3) * Math.min(width, height),
    c: colour(),
  }));
  const blocks = Array.from({ length: 9 }, () => {
    const w = (0.04 + random() * 0.18) * width;
    const h = (0.04 + random() * 0.18) * height;
    return { x: random() * (width - w), y: random() * (height - h), w, h, c: colour() };
  });
  const waves = Array.from({ length: 4 }, () => ({
    fx: (1 + random() * 6) / width,
    fy: (1 + random() * 6) / height,
    phase: random() * 6.28,
    amp: 6 + random() * 14,
  }));
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      let r = top[0] * (1 - t) + bottom[0] * t;
      let g = top[1] * (1 - t) + bottom[1] * t;
      let b = top[2] * (1 - t) + bottom[2] * t;
      for (const blob of blobs) {
        const d = Math.hypot(x - blob.x, y - blob.y) / blob.r;
        if (d >= 1) continue;
        const a = (1 - d * d) * 0.8;
        r += (blob.c[0] - r) * a;
        g += (blob.c[1] - g) * a;
        b += (blob.c[2] - b) * a;
      }
      for (const block of blocks) {
        if (x < block.x || x >= block.x + block.w || y < block.y || y >= block.y + block.h) continue;
        r = block.c[0];
        g = block.c[1];
        b = block.c[2];
      }
      let shade = 0;
      for (const wave of waves) shade += wave.amp * Math.sin(x * wave.fx * 6.28 + y * wave.fy * 6.28 + wave.phase);
      const grain = (random() + random() + random() - 1.5) * 8;
      const i = (y * width + x) * 3;
      pixels[i] = clamp(r + shade + grain);
      pixels[i + 1] = clamp(g + shade + grain);
      pixels[i + 2] = clamp(b + shade + grain);
    }
  }
  return pixels;
}

function clamp(value: number): number {
  return value < 0 ? 0 : value > 255 ? 255 : Math.round(value);
}

/** A photo-like test picture as a camera would save it: a JPEG at quality 90. */
export function drawPhoto(width: number, height: number, seed: number): Promise<Buffer> {
  return sharp(drawPhotoPixels(width, height, seed), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}
