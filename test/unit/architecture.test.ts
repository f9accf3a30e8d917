import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Every source file of the site, relative to the project. */
const sources = readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
  .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
/** A file's code without its comments, which may describe addresses. */
const code = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');

describe('the architecture holds', () => {
  test('the source tree is found, so the checks below can fail', () => {
    expect(sources).toContain('src/lib/urls.ts');
    expect(sources.length).toBeGreaterThan(50);
  });

  test('only the one loader reads content collections from astro:content', () => {
    const readers = sources.filter((file) => /import\s*\{[^}]*\b(getCollection|getEntry|getEntries)\b[^}]*\}\s*from\s*['"]astro:content['"]/.test(read(file)));
    expect(readers).toEqual(['src/data/site.ts']);
  });

  test('no page path is written by hand outside the URL module', () => {
    const literal = /['"`]\/(?:people|spotlights|departments|tags|themes|search|newsletter|recognition|share|_img)\b/;
    const found = sources.filter((file) => file !== 'src/lib/urls.ts' && literal.test(code(file)));
    expect(found).toEqual([]);
  });

  test('no component or layout is handed the whole site', () => {
    const found = sources.filter((file) => /^src\/(components|layouts)\//.test(file) && /\bgetSite\b|\bSite\b(?!Settings)/.test(code(file)));
    expect(found).toEqual([]);
  });
});
