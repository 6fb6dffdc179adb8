import type { BlockContent, DefinitionContent, PhrasingContent, RootContent } from 'mdast';
// The directive node types come with remark-directive, which adds them to mdast's.
import type {} from 'remark-directive';

export type BlockDirective = Extract<RootContent, { type: 'containerDirective' | 'leafDirective' }>;

type AttributeKinds = { numbers?: readonly string[]; flags?: readonly string[] };

/**
 * A directive's attributes as article fields. Attribute values are always text in Markdown: the fields that are
 * numbers or yes/no flags in the contract are converted when they read as such, and left as written otherwise,
 * so the schema names the field and says what it expected.
 */
export function attributeFields(node: BlockDirective, { numbers = [], flags = [] }: AttributeKinds = {}) {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    if (value === null || value === undefined) continue;
    if (numbers.includes(name) && /^\d+$/.test(value)) fields[name] = Number(value);
    else if (flags.includes(name) && (value === '' || value === 'true' || value === 'false'))
      fields[name] = value !== 'false';
    else fields[name] = value;
  }
  return fields;
}

/** `:::name[label]{…}` → its label (the text in brackets) and the blocks inside; a leaf directive has no blocks. */
export function directiveParts(node: BlockDirective): {
  label: PhrasingContent[] | undefined;
  content: (BlockContent | DefinitionContent)[];
} {
  if (node.type === 'leafDirective') return { label: node.children.length ? node.children : undefined, content: [] };
  const [first, ...rest] = node.children;
  if (first?.type === 'paragraph' && first.data?.directiveLabel) return { label: first.children, content: rest };
  return { label: undefined, content: node.children };
}
