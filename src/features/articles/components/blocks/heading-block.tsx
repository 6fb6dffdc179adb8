type HeadingBlockProps = { level: 2 | 3; text: string };

export function HeadingBlock({ level, text }: HeadingBlockProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return <Tag className="article-subhead">{text}</Tag>;
}
