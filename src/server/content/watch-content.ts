import { watch, type FSWatcher } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ContentFiles } from './content-files';
import { isArticleFileName } from './content-files';
import type { ContentRepository } from './content-repository';
import type { ContentProblem } from './parse-article-file';
import { describeReadError } from './read-content-file';

export type WatchContentOptions = {
  articlesDir: string;
  files: ContentFiles;
  content: ContentRepository;
  /** A file refused or invalid (its last good version keeps serving), or a slug claimed twice. */
  onProblem: (problem: ContentProblem) => void;
  /** A block of an unknown type left out of an article that still serves. */
  onNotice: (notice: ContentProblem) => void;
  /** Quiet time after the last event before a batch is read: an editor's several writes are one change. */
  settleMs?: number;
  /** The longest a batch waits while events keep coming (a `git pull`), so changes still show within 2 s. */
  maxWaitMs?: number;
};

export type ContentWatch = {
  /** Resolves once every change seen so far is applied (tests and shutdown wait on it). */
  idle(): Promise<void>;
  close(): Promise<void>;
};

/** Files read and applied per step: between steps the event loop serves requests (no stall over a big pull). */
const STEP_FILES = 100;

/**
 * Follows the article folder while serving. One `fs.watch` on the folder (a single inotify watch, however many
 * files it holds), names collected into a set so a burst is one batch, each batch applied a step at a time.
 * An event without a name (the kernel's queue overflowed) re-reads the whole folder: nothing is missed.
 */
export function watchContent({
  articlesDir,
  files,
  content,
  onProblem,
  onNotice,
  settleMs = 50,
  maxWaitMs = 300,
}: WatchContentOptions): ContentWatch {
  const pending = new Set<string>();
  let everything = false;
  let timer: NodeJS.Timeout | undefined;
  let firstEventAt = 0;
  let work = Promise.resolve();
  let closed = false;

  const apply = async (names: string[]) => {
    for (let start = 0; start < names.length && !closed; start += STEP_FILES) {
      const update = await files.update(names.slice(start, start + STEP_FILES));
      if (closed) return;
      content.apply(update.change);
      update.problems.forEach(onProblem);
      update.notices.forEach(onNotice);
      await nextTurn();
    }
  };

  const flush = () => {
    timer = undefined;
    const names = [...pending].sort();
    const whole = everything;
    pending.clear();
    everything = false;
    work = work.then(async () => {
      try {
        if (!whole) return await apply(names);
        const listed = (await readdir(articlesDir)).filter(isArticleFileName);
        return await apply([...new Set([...listed, ...files.names()])].sort());
      } catch (error) {
        // The folder went unreadable, or the index could not be written: what was shown keeps serving.
        folderProblem(error);
      }
    });
  };

  const folderProblem = (error: unknown) =>
    onProblem({ file: articlesDir, path: '(folder)', message: describeReadError(articlesDir, error) });

  const schedule = () => {
    const now = Date.now();
    if (timer === undefined) firstEventAt = now;
    else clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(settleMs, firstEventAt + maxWaitMs - now)));
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(articlesDir, { persistent: false }, (_event, name) => {
      if (name === null) everything = true;
      else if (isArticleFileName(name)) pending.add(name);
      else return;
      schedule();
    });
    watcher.on('error', folderProblem);
  } catch (error) {
    folderProblem(error);
  }

  return {
    idle() {
      if (timer !== undefined) {
        clearTimeout(timer);
        flush();
      }
      return work;
    },
    async close() {
      closed = true;
      watcher?.close();
      clearTimeout(timer);
      await work;
    },
  };
}
