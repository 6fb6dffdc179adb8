import type { ContentFiles } from '../content-files';

export type SearchBacklogOptions = {
  /** Told once the backlog is worked off, with how many versions it indexed. */
  onDone?: (indexed: number) => void;
  /** The longest one slice keeps the event loop (requests wait behind it). */
  sliceMs?: number;
  /** What runs the next slice: the next turn of the event loop, after waiting I/O. */
  schedule?: (next: () => void) => void;
};

export type SearchBacklog = {
  /** Resolves once nothing waits for search (tests wait on it). */
  done: Promise<void>;
  stop(): void;
};

/** Versions indexed between clock reads: a few milliseconds of work each. */
const STEP = 16;

/**
 * Works off what a first build left for search, a slice at a time between requests, newest articles first: the
 * server answers from the moment its lists are ready, and search finds more of the archive with every slice.
 * The queue is in the content index, so a restart carries on where this stopped.
 */
export function indexSearchBacklog(
  files: Pick<ContentFiles, 'indexSearch'>,
  { onDone, sliceMs = 10, schedule = (next) => void setImmediate(next) }: SearchBacklogOptions = {},
): SearchBacklog {
  let stopped = false;
  let total = 0;
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const slice = () => {
    if (stopped) return finish();
    const until = performance.now() + sliceMs;
    let indexed: number;
    do {
      indexed = files.indexSearch(STEP);
      total += indexed;
    } while (indexed === STEP && performance.now() < until);
    if (indexed === STEP) return schedule(slice);
    onDone?.(total);
    finish();
  };
  schedule(slice);
  return { done, stop: () => void (stopped = true) };
}
