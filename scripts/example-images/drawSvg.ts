/** Small helpers that build SVG markup: compact numbers, smooth paths, the document and a paper grain. */

/** Formats a number rounded to one decimal place, to keep the SVG compact. */
export const n = (v: number): string => (Math.round(v * 10) / 10).toString();

/** A point as [x, y]. */
export type Point = readonly [number, number];

/** Smooth open path through points (Catmull-Rom converted to cubic Beziers), without the leading M. */
export function smoothThrough(points: readonly Point[]): string {
  let d = '';
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[i + 2] ?? p2;
    if (!p0 || !p1 || !p2 || !p3) continue;
    const c1x = p1[0] + (p2[0] - p0[0]) / 6;
    const c1y = p1[1] + (p2[1] - p0[1]) / 6;
    const c2x = p2[0] - (p3[0] - p1[0]) / 6;
    const c2y = p2[1] - (p3[1] - p1[1]) / 6;
    d += `C${n(c1x)} ${n(c1y)} ${n(c2x)} ${n(c2y)} ${n(p2[0])} ${n(p2[1])}`;
  }
  return d;
}

/** Closed smooth shape through points, as a complete path (M ... Z). */
export function smoothClosed(points: readonly Point[]): string {
  const count = points.length;
  const first = points[0];
  if (!first) return '';
  let d = `M${n(first[0])} ${n(first[1])}`;
  for (let i = 0; i < count; i++) {
    const p0 = points[(i - 1 + count) % count];
    const p1 = points[i];
    const p2 = points[(i + 1) % count];
    const p3 = points[(i + 2) % count];
    if (!p0 || !p1 || !p2 || !p3) continue;
    d += `C${n(p1[0] + (p2[0] - p0[0]) / 6)} ${n(p1[1] + (p2[1] - p0[1]) / 6)} ${n(p2[0] - (p3[0] - p1[0]) / 6)} ${n(p2[1] - (p3[1] - p1[1]) / 6)} ${n(p2[0])} ${n(p2[1])}`;
  }
  return `${d}Z`;
}

/** A standalone SVG document of the given size, with optional defs before the body. */
export function svgDocument(width: number, height: number, body: string, defs = ''): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    (defs ? `<defs>${defs}</defs>` : '') +
    body +
    '</svg>'
  );
}

/** A subtle paper-grain SVG filter (apply it to a full-size rect) so flat colour feels printed rather than vector. */
export function grainDefs(id: string, seed: number, strength: number): string {
  return (
    `<filter id="${id}" x="0" y="0" width="100%" height="100%">` +
    `<feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="${seed % 1000}" result="noise"/>` +
    // Warm dark specks; alpha = strength * (noise - 0.3), so only the denser noise shows.
    `<feColorMatrix type="matrix" values="0 0 0 0 0.18  0 0 0 0 0.12  0 0 0 0 0.1  0 0 0 ${strength} ${(-strength * 0.3).toFixed(3)}"/>` +
    '</filter>'
  );
}
