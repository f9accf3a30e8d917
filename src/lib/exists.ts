import { stat } from 'node:fs/promises';

/** Whether a file or folder exists at a path. */
export async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null)) !== null;
}
