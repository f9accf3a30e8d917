import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every file below a folder, relative to it with `/` between folders, in a stable order; symbolic links
 * count as files. A folder that does not exist holds none.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
