import type { Inline, TextRun } from '../../../contract/inline';

type InlineContentProps = { content: Inline[] };

function Run({ run }: { run: string | TextRun }) {
  if (typeof run === 'string') return run;
  let node: React.ReactNode = run.text;
  if (run.sup) node = <sup>{node}</sup>;
  if (run.sub) node = <sub>{node}</sub>;
  if (run.em) node = <em>{node}</em>;
  if (run.strong) node = <strong>{node}</strong>;
  return node;
}

function Node({ node }: { node: Inline }) {
  if (typeof node === 'string' || node.type === 'text') return <Run run={node} />;
  if (node.type === 'lineBreak') return <br />;
  return (
    <a href={node.href}>
      {node.children.map((child, j) => (
        <Run key={j} run={child} />
      ))}
    </a>
  );
}

/** Structured inline nodes to React elements: text is always text, so content can never inject markup. */
export function InlineContent({ content }: InlineContentProps) {
  return content.map((node, i) => <Node key={i} node={node} />);
}
