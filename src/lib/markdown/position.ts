import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';

/** A syntax-tree node with the position the parser gave it. */
interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

/**
 * Lines before the text the processor was given. Markdown files reach it without their front matter, so
 * positions count from the body; MDX files arrive with their lines intact. Messages must point at the
 * line in the editor's file.
 */
export function bodyLineOffset(file: VFile): number {
  if (!file.path) return 0;
  const value = String(file.value);
  let source: string;
  try {
    source = readFileSync(file.path, 'utf8');
  } catch {
    return 0;
  }
  const body = value.trimEnd();
  if (body.length === 0 || value.length >= source.length) return 0;
  const at = source.lastIndexOf(body);
  return at > 0 ? source.slice(0, at).split('\n').length - 1 : 0;
}

/** Names a node's place as file:line:col in the editor's file, the file relative to `root`. */
export function locator(file: VFile, root: string): (node: Positioned) => string {
  const offset = bodyLineOffset(file);
  const name = file.path ? path.relative(root, file.path) : '(content)';
  return (node) => {
    const start = node.position?.start;
    return start ? `${name}:${start.line + offset}:${start.column}` : name;
  };
}
