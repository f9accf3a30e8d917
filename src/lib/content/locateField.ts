import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A field path as issues write it (`people[1]`, `approvals.0.role`, `photo.src`) as keys and indexes; undefined when it names no field. */
export function fieldPath(field: string): (string | number)[] | undefined {
  if (field.startsWith('(') || field.includes(' ')) return undefined;
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The YAML of a content file and the line it starts on: front matter starts after its opening `---`. */
function yamlOf(filePath: string, text: string): { yaml: string; firstLine: number } | undefined {
  if (/\.ya?ml$/.test(filePath)) return { yaml: text, firstLine: 1 };
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1]!, firstLine: 2 } : undefined;
}

/**
 * The line of a field in a content file (1-based, counted in the whole file), for messages such as
 * `content/people/ana.md:7`. A field that is missing is placed at the nearest field around it that is
 * there; an issue already naming its line (`line 7`) keeps it. Undefined when the field is not in YAML.
 */
export function locateField(filePath: string, text: string, field: string): number | undefined {
  const written = /^line (\d+)$/.exec(field);
  if (written) return Number(written[1]);
  const path = fieldPath(field);
  const source = yamlOf(filePath, text);
  if (!path || !source) return undefined;
  const lines = new LineCounter();
  const document = parseDocument(source.yaml, { lineCounter: lines, keepSourceTokens: false });
  let node: unknown = document.contents;
  let offset: number | undefined = (document.contents as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  if (offset === undefined) return undefined;
  return lines.linePos(offset).line + source.firstLine - 1;
}
