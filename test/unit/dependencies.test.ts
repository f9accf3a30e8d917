import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['src', 'scripts', 'test'];
const CONFIG_FILES = ['astro.config.mjs', 'vitest.config.ts'];
const CODE = /\.(?:[cm]?[jt]s|astro)$/;
/** The module an import or export statement, a side-effect import or a dynamic import names. */
const SPECIFIER = /(?:\b(?:import|export)\s[^'"`;]*?\bfrom\s*|\bimport\s+|\bimport\s*\(\s*)['"]([^'"\n]+)['"]/g;

/** The code files of the project: every script, page, test and config file. */
function codeFiles(): string[] {
  const inFolders = FOLDERS.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => CODE.test(file) && !file.split(path.sep).includes('node_modules'))
      .map((file) => path.join(folder, file)),
  );
  return [...inFolders, ...CONFIG_FILES];
}

/** The package a bare import specifier names (`@scope/name` or `name`), or undefined for a relative path, a built-in or a virtual module. */
function packageOf(specifier: string): string | undefined {
  if (/^[./]/.test(specifier) || /^(?:node|astro|virtual):/.test(specifier) || builtinModules.includes(specifier)) return undefined;
  const parts = specifier.split('?')[0]!.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

test('every package the code imports is declared in package.json', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const declared = new Set([...Object.keys(manifest['dependencies'] ?? {}), ...Object.keys(manifest['devDependencies'] ?? {})]);
  const undeclared = new Set<string>();
  for (const file of codeFiles()) {
    for (const [, specifier] of readFileSync(path.join(ROOT, file), 'utf8').matchAll(SPECIFIER)) {
      const name = packageOf(specifier!);
      // Type-only packages such as `hast` come from their @types package.
      if (name && !declared.has(name) && !declared.has(`@types/${name}`)) undeclared.add(`${name} (${file})`);
    }
  }
  expect([...undeclared].sort()).toEqual([]);
});
