import type { Inline, TextRun } from '../../../contract/inline';

type InlineContentProps = { content: Inline[] };

function Run({ run }: { run: string | TextRun }) {
  if (typeof run === 'string') return run;
  let node: React.ReactNode = run.text;
  if (run.em) node = <em>{node}</em>;
  if (run.strong) node = <strong>{node}</strong>;
  return node;
}

/** Structured inline nodes to React elements: text is always text, so content can never inject markup. */
export function InlineContent({ content }: InlineContentProps) {
  return content.map((node, i) =>
    typeof node !== 'string' && node.type === 'link' ? (
      <a key={i} href={node.href}>
        {node.children.map((child, j) => (
          <Run key={j} run={child} />
        ))}
      </a>
    ) : (
      <Run key={i} run={node} />
    ),
  );
}
