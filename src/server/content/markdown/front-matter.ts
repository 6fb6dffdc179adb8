import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { SourceLines } from './source-lines';

export type FrontMatter = { fields: Record<string, unknown>; problems: { line: number; message: string }[] };

/**
 * The YAML between the `---` lines, as fields, each field's line recorded in `lines` (`hero.credit` → its key's
 * line in the file). `firstLine` is the file line the YAML starts on. YAML 1.2: dates stay strings, `no` stays `no`.
 */
export function readFrontMatter(yaml: string, firstLine: number, lines: SourceLines): FrontMatter {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false });
  const fileLine = (offset: number) => firstLine + counter.linePos(offset).line - 1;
  const problems = doc.errors.map((error) => ({ line: fileLine(error.pos[0]), message: `Front matter: ${error.message}` }));
  if (problems.length) return { fields: {}, problems };

  const visit = (node: unknown, path: (string | number)[]): void => {
    if (isMap(node))
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (isScalar(pair.key) && pair.key.range) lines.record([...path, key], fileLine(pair.key.range[0]));
        visit(pair.value, [...path, key]);
      }
    else if (isSeq(node))
      node.items.forEach((item, index) => {
        const range = (item as { range?: [number, number, number] }).range;
        if (range) lines.record([...path, index], fileLine(range[0]));
        visit(item, [...path, index]);
      });
  };
  visit(doc.contents, []);

  const fields: unknown = doc.toJS({ maxAliasCount: 50 });
  if (fields === null || fields === undefined) return { fields: {}, problems };
  if (typeof fields !== 'object' || Array.isArray(fields))
    return { fields: {}, problems: [{ line: firstLine, message: 'Front matter must be a set of `field: value` lines' }] };
  return { fields: fields as Record<string, unknown>, problems };
}
