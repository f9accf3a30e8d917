import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { ContentRuleError } from '../errors.ts';

/** Options of the plugins that check content. */
export interface RuleOptions {
  /** Folder that file paths in messages are relative to; the working directory when left out. */
  root?: string | undefined;
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
export function placeOf(file: VFile, root: string, node: Node): string {
  const name = file.path ? path.relative(root, file.path) : '(content)';
  const start = node.position?.start;
  return start ? `${name}:${start.line + bodyLineOffset(file)}:${start.column}` : name;
}

/** A function that stops the build with a `ContentRuleError` whose message starts with the node's file:line:col. */
export function failAt(file: VFile, options: RuleOptions): (node: Node, message: string) => never {
  return (node, message) => {
    throw new ContentRuleError(`${placeOf(file, options.root ?? process.cwd(), node)}: ${message}`);
  };
}
