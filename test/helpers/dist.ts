import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** Parses a built page, addressed by URL path such as /people/ana/. */
export async function readPage(outDir: string, urlPath: string): Promise<Document> {
  const file = path.join(outDir, urlPath.replace(/^\//, ''), urlPath.endsWith('.html') ? '' : 'index.html');
  return parseHTML(await readFile(file, 'utf8')).document;
}
