/**
 * Photo-like JPEGs for `npm run bench -- --photos`: a soft gradient with a horizon, blurred blobs of colour,
 * hard-edged shapes, mid-scale texture and per-pixel grain, all drawn from a seed. Flat colours would encode
 * far faster and smaller than real photos; this content keeps the encoders about as busy as a photo does.
 * Each file carries GPS, Artist and Copyright EXIF, so the pipeline's metadata stripping runs as it would.
 */
import sharp from 'sharp';
import { gpsExifForSharp, type GpsTag } from '../example-images/encodeImage.ts';
import { createRng } from '../example-images/createRng.ts';

/** What to draw: its size, the seed its content comes from and the GPS tag written into it. */
export interface PhotoSpec {
  width: number;
  height: number;
  seed: string;
  gps: GpsTag;
}

type Rgb = [number, number, number];

/** The RGB pixels (3 bytes each, row by row) of a photo-like picture; the same seed always gives the same pixels. */
export function drawPhotoPixels(width: number, height: number, seed: string): Buffer {
  const rng = createRng(seed);
  const colour = (): Rgb => [rng.int(20, 235), rng.int(20, 235), rng.int(20, 235)];
  const [top, horizonColour, bottom] = [colour(), colour(), colour()];
  const horizon = rng.range(0.3, 0.7) * height;
  const blobs = Array.from({ length: rng.int(6, 12) }, () => ({
    x: rng.range(0, width),
    y: rng.range(0, height),
    r2: (rng.range(0.08, 0.35) * Math.min(width, height)) ** 2,
    colour: colour(),
    strength: rng.range(0.3, 0.8),
  }));
  const boxes = Array.from({ length: rng.int(3, 8) }, () => {
    const x0 = rng.range(0, width);
    const y0 = rng.range(horizon * 0.6, height);
    return { x0, y0, x1: x0 + rng.range(0.05, 0.3) * width, y1: y0 + rng.range(0.05, 0.3) * height, colour: colour(), alpha: rng.range(0.5, 0.9) };
  });
  // Mid-scale texture: a coarse grid of random values, interpolated between its points.
  const cells = 48;
  const grid = Float32Array.from({ length: (cells + 1) * (cells + 1) }, () => rng.range(-1, 1));
  const textureAmplitude = rng.range(8, 16);
  const grainAmplitude = rng.range(7, 10);
  let state = Math.floor(rng.range(1, 2 ** 31));

  const pixels = Buffer.alloc(width * height * 3);
  const channel: Rgb = [0, 0, 0];
  for (let y = 0; y < height; y++) {
    // Sky to horizon above it, horizon to ground below, with a soft band at the horizon.
    const above = y < horizon;
    const t = above ? y / horizon : (y - horizon) / (height - horizon);
    const from = above ? top : horizonColour;
    const to = above ? horizonColour : bottom;
    const gy = (y / height) * cells;
    const gy0 = Math.floor(gy);
    const fy = gy - gy0;
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) channel[c] = from[c]! + (to[c]! - from[c]!) * t;
      for (const blob of blobs) {
        const d2 = (x - blob.x) ** 2 + (y - blob.y) ** 2;
        if (d2 >= blob.r2) continue;
        const w = (1 - d2 / blob.r2) ** 2 * blob.strength;
        for (let c = 0; c < 3; c++) channel[c] = channel[c]! + (blob.colour[c]! - channel[c]!) * w;
      }
      for (const box of boxes) {
        if (x < box.x0 || x >= box.x1 || y < box.y0 || y >= box.y1) continue;
        for (let c = 0; c < 3; c++) channel[c] = channel[c]! + (box.colour[c]! - channel[c]!) * box.alpha;
      }
      const gx = (x / width) * cells;
      const gx0 = Math.floor(gx);
      const fx = gx - gx0;
      const row = gy0 * (cells + 1) + gx0;
      const texture = (grid[row]! * (1 - fx) + grid[row + 1]! * fx) * (1 - fy) + (grid[row + cells + 1]! * (1 - fx) + grid[row + cells + 2]! * fx) * fy;
      // xorshift32 grain, shared by the three channels with a little colour noise of its own.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const grain = ((state >>> 0) / 4294967296 - 0.5) * 2 * grainAmplitude;
      const tint = (((state >>> 8) & 0xff) / 255 - 0.5) * grainAmplitude * 0.5;
      const offset = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const value = channel[c]! + texture * textureAmplitude + grain + (c === 1 ? -tint : tint);
        pixels[offset + c] = value < 0 ? 0 : value > 255 ? 255 : value;
      }
    }
  }
  return pixels;
}

/** How much smaller the picture is drawn before it is enlarged: drawing every pixel in JavaScript took seconds per photo. */
const DRAW_SCALE = 4;

/**
 * A photo-like JPEG with GPS EXIF, as a camera might save it: drawn at a quarter of its size, enlarged, then
 * given grain at full size, so that encoders see the fine detail of a real photo.
 */
export async function drawPhoto(spec: PhotoSpec): Promise<Buffer> {
  const small = { width: Math.ceil(spec.width / DRAW_SCALE), height: Math.ceil(spec.height / DRAW_SCALE) };
  const enlarged = await sharp(drawPhotoPixels(small.width, small.height, spec.seed), { raw: { ...small, channels: 3 } })
    .resize(spec.width, spec.height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  let state = 0x9e3779b9 ^ spec.width ^ (spec.height << 16);
  for (let i = 0; i < enlarged.length; i++) {
    // xorshift32 grain of about ±8 levels, as a photo's sensor noise.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const value = enlarged[i]! + (((state >>> 0) & 0xf) - 7.5);
    enlarged[i] = value < 0 ? 0 : value > 255 ? 255 : value;
  }
  return sharp(enlarged, { raw: { width: spec.width, height: spec.height, channels: 3 } })
    .withExif(gpsExifForSharp(spec.gps))
    .jpeg({ quality: 82 })
    .toBuffer();
}
