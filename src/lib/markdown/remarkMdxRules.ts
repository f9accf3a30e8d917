import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-mdx-expression';
import type {} from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { suggest } from '../content/suggest.ts';
import { failAt, type RuleOptions } from './position.ts';

/** Components content may use, each with the attributes it accepts. */
export type ContentComponents = Readonly<Record<string, readonly string[]>>;

export interface MdxRulesOptions extends RuleOptions {
  /** Components MDX content may use, from src/components/content/, each with the attributes it accepts. */
  components: ContentComponents;
}

/**
 * A remark plugin that keeps MDX to what editors are meant to write: no import/export or JavaScript
 * expressions, only allowlisted components with plain-text attributes. It runs before anything is
 * evaluated and fails with file:line:col.
 */
export function remarkMdxRules(options: MdxRulesOptions) {
  return (tree: Root, file: VFile) => {
    const fail = failAt(file, options);
    visit(tree, (node) => {
      switch (node.type) {
        case 'mdxjsEsm':
          return fail(node, 'import and export are not allowed in content. The components in src/components/content/ can be used without importing them.');
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          return fail(node, 'code in curly braces { } is not allowed in content. To show a brace as text, write \\{ or \\}.');
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          return checkComponent(node, options.components, fail);
      }
    });
  };
}

/** Fails unless an MDX element is an allowlisted component with each of its attributes once, known and plain text. */
function checkComponent(node: MdxJsxFlowElement | MdxJsxTextElement, components: ContentComponents, fail: ReturnType<typeof failAt>): void {
  const allowed = Object.keys(components);
  const name = node.name;
  if (!name || !allowed.includes(name)) {
    const guess = name ? suggest(name, allowed) : undefined;
    fail(
      node,
      `<${name ?? ''}> is not an allowed component. Content may use ${allowed.map((c) => `<${c}>`).join(', ') || 'no components'}${guess ? `; did you mean <${guess}>?` : '.'}`,
    );
  }
  const accepted = components[name] ?? [];
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') return fail(node, `<${name}> may not spread attributes with { }; write each attribute as name="text".`);
    const attributeName = attribute.name;
    // MDX keeps the last of two attributes with one name: every check must see the value that is used.
    if (seen.has(attributeName)) fail(node, `<${name}> has the ${attributeName} attribute twice; keep one.`);
    seen.add(attributeName);
    if (!accepted.includes(attributeName)) {
      const guess = suggest(attributeName, accepted);
      fail(node, `<${name}> has no ${attributeName} attribute. It accepts ${accepted.join(', ') || 'none'}${guess ? `; did you mean ${guess}?` : '.'}`);
    }
    if (attribute.value !== null && typeof attribute.value === 'object')
      fail(node, `the ${attributeName} attribute of <${name}> must be plain text in quotes, not code in { }.`);
  }
}
