/**
 * `npm run bench:images`: compares ways of encoding photos (formats, widths, AVIF effort and quality) in
 * CPU time per photo and in bytes: what a phone and a desktop download, and what the build stores.
 */
import sharp from 'sharp';
import os from 'node:os';
import { IMAGE_PRESETS, type ImagePreset } from '../src/data/images.ts';
import { encodeImage, type EncodeJob } from '../src/lib/images/encodeImage.ts';
import { drawPhoto } from './bench/drawTestPhoto.ts';
import { median, pickWidth, psnr, VARIANTS, type Variant } from './bench/imageVariants.ts';
import { exitCodeOf, readArgs } from './lib/command.ts';
import { CommandError } from '../src/lib/errors.ts';

const HELP = `Usage: npm run bench:images [-- --photos N] [--json]

Draws N photo-like portraits (1200x1200) and N heroes (2400x1600) (gradients, soft shapes, hard edges
and grain, seeded) and encodes each with every option compared, one photo at a time on one libvips
thread, as the build would (a portrait in the portrait preset; a hero in the hero preset).
Prints, per option, medians over the photos:
  CPU ms per portrait and per hero (user + system time of this process);
  what a phone (390 px wide, 3x) and a desktop (1280 px, 1x) download for a portrait on a person's
  page and a hero on a story's page, with its PSNR against the unencoded resize (dB, higher is closer);
  the bytes and files stored per portrait and per hero.

  --photos <N>  photos of each kind (default 3)
  --json        print the results as JSON`;

/** What a photo kind is encoded into, and how wide it is shown on its page (CSS px on a 390 px phone and a 1280 px desktop). */
const KINDS = {
  portrait: { size: [1200, 1200], presets: ['portrait'], shown: 'portrait', phone: 0.8 * 390, desktop: 22 * 16 },
  hero: { size: [2400, 1600], presets: ['hero'], shown: 'hero', phone: 390, desktop: 67 * 16 },
} as const satisfies Record<string, { size: readonly [number, number]; presets: readonly ImagePreset[]; shown: ImagePreset; phone: number; desktop: number }>;
type Kind = keyof typeof KINDS;
const PHONE_DPR = 3;
const DESKTOP_DPR = 1;

interface Measured {
  cpuMs: number;
  storedBytes: number;
  files: number;
  phone: { width: number; bytes: number; psnr: number };
  desktop: { width: number; bytes: number; psnr: number };
}

function resized(source: Buffer, width: number, aspect: number) {
  return sharp(source)
    .rotate()
    .resize(width, Math.round(width / aspect), { fit: 'cover', position: 'attention' });
}

async function measure(source: Buffer, kind: Kind, variant: Variant): Promise<Measured> {
  const { presets, shown } = KINDS[kind];
  const [sourceWidth, sourceHeight] = KINDS[kind].size;
  const encoded = new Map<string, Buffer>();
  const before = process.cpuUsage();
  for (const preset of presets) {
    const { widths, aspect } = IMAGE_PRESETS[preset];
    const ratio = aspect ?? sourceWidth / sourceHeight;
    const maxWidth = Math.min(sourceWidth, Math.floor(sourceHeight * ratio));
    const usable = [...new Set(widths.map((w) => Math.min(w, maxWidth)))];
    const jobs = variant.formats.flatMap(({ format, options, widths: choose }) => choose(usable).map((width) => ({ width, format, options }) as EncodeJob));
    const files: Buffer[] = [];
    if (variant.decodeEach) for (const job of jobs) files.push(await resized(source, job.width, ratio).toFormat(job.format, job.options).toBuffer());
    else files.push(...(await encodeImage(source, ratio, jobs)));
    jobs.forEach((job, i) => encoded.set(`${preset}:${job.format}:${job.width}`, files[i]!));
  }
  const used = process.cpuUsage(before);
  const bytes = [...encoded.values()].map((buffer) => buffer.length);
  const download = async (cssWidth: number, dpr: number) => {
    const { widths, aspect } = IMAGE_PRESETS[shown];
    const ratio = aspect ?? sourceWidth / sourceHeight;
    const first = variant.formats[0]!;
    const width = pickWidth(first.widths(widths), cssWidth, dpr);
    const file = encoded.get(`${shown}:${first.format}:${width}`)!;
    const reference = await resized(source, width, ratio).removeAlpha().raw().toBuffer();
    const decoded = await sharp(file).removeAlpha().raw().toBuffer();
    return { width, bytes: file.length, psnr: psnr(reference, decoded) };
  };
  return {
    cpuMs: (used.user + used.system) / 1000,
    storedBytes: bytes.reduce((a, b) => a + b, 0),
    files: bytes.length,
    phone: await download(KINDS[kind].phone, PHONE_DPR),
    desktop: await download(KINDS[kind].desktop, DESKTOP_DPR),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const db = (value: number) => `${value.toFixed(1)} dB`;

/** Measures every variant; returns the process exit code. */
export async function run(args: string[]): Promise<number> {
  const parsed = readArgs(args, { photos: { type: 'string' }, json: { type: 'boolean' } }, `${HELP}\n`);
  if (typeof parsed === 'number') return parsed;
  return exitCodeOf(async () => {
    const count = parsed.values['photos'] === undefined ? 3 : Number(parsed.values['photos']);
    if (!Number.isInteger(count) || count < 1)
      throw new CommandError(`--photos expected a whole number of at least 1, such as 3; got "${String(parsed.values['photos'])}".`);
    sharp.concurrency(1);
    sharp.cache(false);
    const photos: Record<Kind, Buffer[]> = { portrait: [], hero: [] };
    for (const kind of Object.keys(KINDS) as Kind[])
      for (let i = 0; i < count; i++) photos[kind].push(await drawPhoto(KINDS[kind].size[0], KINDS[kind].size[1], 1000 * (kind === 'hero' ? 2 : 1) + i));
    const results = [];
    for (const variant of VARIANTS) {
      const row: Record<string, unknown> = { variant: variant.name };
      for (const kind of Object.keys(KINDS) as Kind[]) {
        const all: Measured[] = [];
        for (const photo of photos[kind]) all.push(await measure(photo, kind, variant));
        const pick = (f: (m: Measured) => number) => median(all.map(f));
        row[kind] = {
          cpu_ms: Math.round(pick((m) => m.cpuMs)),
          phone: { width: all[0]!.phone.width, bytes: pick((m) => m.phone.bytes), psnr: pick((m) => m.phone.psnr) },
          desktop: { width: all[0]!.desktop.width, bytes: pick((m) => m.desktop.bytes), psnr: pick((m) => m.desktop.psnr) },
          stored_bytes: pick((m) => m.storedBytes),
          files: all[0]!.files,
        };
      }
      results.push(row);
      if (parsed.values['json'] !== true) process.stderr.write(`measured ${variant.name}\n`);
    }
    if (parsed.values['json'] === true) {
      console.log(JSON.stringify({ photos: count, cpus: os.availableParallelism(), results }));
      return 0;
    }
    console.log(`${count} portraits (1200x1200) and ${count} heroes (2400x1600), medians; phone 390 px at ${PHONE_DPR}x, desktop 1280 px at ${DESKTOP_DPR}x\n`);
    console.log(
      '| option | CPU ms portrait | CPU ms hero | portrait phone | portrait desktop | hero phone | hero desktop | stored per portrait | stored per hero |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of results) {
      const p = row['portrait'] as { cpu_ms: number; phone: Measured['phone']; desktop: Measured['desktop']; stored_bytes: number; files: number };
      const h = row['hero'] as typeof p;
      const view = (v: Measured['phone']) => `${kb(v.bytes)} (${v.width} w, ${db(v.psnr)})`;
      console.log(
        `| ${String(row['variant'])} | ${p.cpu_ms} | ${h.cpu_ms} | ${view(p.phone)} | ${view(p.desktop)} | ${view(h.phone)} | ${view(h.desktop)} | ${kb(p.stored_bytes)} in ${p.files} | ${kb(h.stored_bytes)} in ${h.files} |`,
      );
    }
    return 0;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await run(process.argv.slice(2));
