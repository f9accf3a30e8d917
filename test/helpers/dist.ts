import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** Every file below a folder, as absolute paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Parses a built page, addressed by URL path such as /people/ana/. */
export async function readPage(outDir: string, urlPath: string): Promise<Document> {
  const file = path.join(outDir, urlPath.replace(/^\//, ''), urlPath.endsWith('.html') ? '' : 'index.html');
  return parseHTML(await readFile(file, 'utf8')).document;
}
