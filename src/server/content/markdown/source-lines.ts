/** Where each field of an article written in Markdown came from: field path (`body.3.content`) → line in the file. */
export type SourceLines = {
  record(path: readonly (string | number)[], line: number | undefined): void;
  /** The line of this field, or of the nearest enclosing field that has one (a block's line for a field inside it). */
  lineOf(path: string): number | undefined;
};

export function createSourceLines(): SourceLines {
  const lines = new Map<string, number>();
  return {
    record(path, line) {
      const key = path.join('.');
      if (line !== undefined && !lines.has(key)) lines.set(key, line);
    },
    lineOf(path) {
      for (let parts = path.split('.'); parts.length; parts = parts.slice(0, -1)) {
        const line = lines.get(parts.join('.'));
        if (line !== undefined) return line;
      }
      return undefined;
    },
  };
}
