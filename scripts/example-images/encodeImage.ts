/** Encodes example illustrations with sharp, and the fake GPS metadata a withdrawn person's portrait carries. */
import path from 'node:path';
import sharp, { type Exif } from 'sharp';
import { createRng } from './createRng.ts';

/** Image formats the example images can be written in. */
export type OutputFormat = 'jpeg' | 'webp' | 'png';

/** The output format a file name asks for, from its extension; undefined when it is not one we write. */
export function formatForPath(file: string): OutputFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jpg' || ext === '.jpeg') return 'jpeg';
  if (ext === '.webp') return 'webp';
  if (ext === '.png') return 'png';
  return undefined;
}

/** Renders an SVG string to an encoded image, optionally with EXIF metadata. */
export async function renderSvg(svg: string, format: OutputFormat, exif?: Exif): Promise<Buffer> {
  let img = sharp(Buffer.from(svg));
  if (exif) img = img.withExif(exif);
  switch (format) {
    case 'jpeg':
      return img.jpeg({ quality: 70, mozjpeg: true, progressive: true, chromaSubsampling: '4:4:4' }).toBuffer();
    case 'webp':
      return img.webp({ quality: 70 }).toBuffer();
    case 'png':
      return img.png({ palette: true, compressionLevel: 9 }).toBuffer();
  }
}

/** Where and by whom a photo says it was taken. */
export interface GpsTag {
  latitude: number;
  longitude: number;
  artist: string;
  copyright: string;
}

const GPS_PLACES: ReadonlyArray<readonly [number, number]> = [
  [52.3731, 4.8922], // Amsterdam
  [52.0907, 5.1214], // Utrecht
  [51.9244, 4.4777], // Rotterdam
  [53.8008, -1.5491], // Leeds
  [45.764, 4.8357], // Lyon
  [41.1579, -8.6291], // Porto
];

/** A deterministic, realistic GPS position plus Artist and Copyright for a withdrawn person's photo. */
export function gpsTagFor(id: string, name: string, year = 2024): GpsTag {
  const rng = createRng(`gps:${id}`);
  const [lat, lon] = rng.pick(GPS_PLACES);
  return {
    latitude: Math.round((lat + rng.range(-0.02, 0.02)) * 1e6) / 1e6,
    longitude: Math.round((lon + rng.range(-0.02, 0.02)) * 1e6) / 1e6,
    artist: name,
    copyright: `Copyright ${year} ${name}. All rights reserved.`,
  };
}

/** Decimal degrees to an EXIF rational triple "d/1 m/1 s*100/100", as libvips expects. */
function toExifRational(decimal: number): string {
  const abs = Math.abs(decimal);
  const d = Math.floor(abs);
  const mFloat = (abs - d) * 60;
  const m = Math.floor(mFloat);
  const s = Math.round((mFloat - m) * 60 * 100);
  return `${d}/1 ${m}/1 ${s}/100`;
}

/** The sharp `withExif` payload for a GPS tag (the fallback when exiftool is unavailable). */
export function gpsExifForSharp(tag: GpsTag): Exif {
  return {
    IFD0: { Artist: tag.artist, Copyright: tag.copyright },
    IFD3: {
      GPSLatitudeRef: tag.latitude >= 0 ? 'N' : 'S',
      GPSLatitude: toExifRational(tag.latitude),
      GPSLongitudeRef: tag.longitude >= 0 ? 'E' : 'W',
      GPSLongitude: toExifRational(tag.longitude),
    },
  };
}

/** The exiftool arguments that write a GPS tag into a file in place. */
export function exiftoolArgs(tag: GpsTag, file: string): string[] {
  return [
    '-overwrite_original',
    '-charset',
    'exif=utf8',
    `-GPSLatitude=${Math.abs(tag.latitude)}`,
    `-GPSLatitudeRef=${tag.latitude >= 0 ? 'N' : 'S'}`,
    `-GPSLongitude=${Math.abs(tag.longitude)}`,
    `-GPSLongitudeRef=${tag.longitude >= 0 ? 'E' : 'W'}`,
    `-Artist=${tag.artist}`,
    `-Copyright=${tag.copyright}`,
    file,
  ];
}
