import { gunzipSync } from 'node:zlib';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A file's bytes as a reader would see them: Pagefind's index files are gzip-compressed, so those are inflated. */
export function decompressed(bytes: Buffer): Buffer {
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}

/** One page in a Pagefind index, as its fragment file stores it. */
export interface IndexedPage {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every page in the Pagefind index of a built site. Fragments are gzip-compressed JSON after a `pagefind_dcd` signature. */
export async function readIndexedPages(outDir: string): Promise<IndexedPage[]> {
  const dir = path.join(outDir, 'pagefind', 'fragment');
  const pages: IndexedPage[] = [];
  for (const name of await readdir(dir)) {
    const text = decompressed(await readFile(path.join(dir, name))).toString('utf8');
    pages.push(JSON.parse(text.slice(text.indexOf('{'))) as IndexedPage);
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}
