import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { patternRegExp } from '../src/lib/paths';

type Options = {
  /** The worker's source; its `const BUILD = __SW_BUILD__;` line gets `{ version, precache, routes }`. */
  template: string;
  /** Source files loaded on demand that must work offline on any open page: their chunks are cached at install. */
  precache: string[];
  /** Route patterns (src/lib/paths.ts): the pages kept for offline reading, and an article's page. */
  routes: { pages: readonly string[]; article: string };
};

type ChunkLike = { type: 'chunk'; fileName: string; facadeModuleId?: string | null; imports: string[] };
type Emitted = { type: 'chunk' | 'asset'; fileName: string } & Partial<ChunkLike> & {
    viteMetadata?: { importedCss?: Set<string> };
  };

/**
 * Emits /sw.js from the template with this build's version (a hash of every file the build wrote and of the
 * worker itself, so no one edits a VERSION by hand and a new build always gets fresh caches) and the list of
 * files to cache at install: the precache entries' chunks, what they import, and their CSS.
 */
export function serviceWorkerPlugin({ template, precache, routes }: Options): Plugin {
  return {
    name: 'broadsheet-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle) as Emitted[];
      const byName = new Map(files.map((file) => [file.fileName, file]));
      const wanted = new Set(precache.map((file) => path.resolve(file)));
      const urls = new Set<string>();
      const visit = (file: Emitted | undefined) => {
        if (!file || urls.has(`/${file.fileName}`)) return;
        urls.add(`/${file.fileName}`);
        for (const css of file.viteMetadata?.importedCss ?? []) urls.add(`/${css}`);
        for (const imported of file.imports ?? []) visit(byName.get(imported));
      };
      for (const file of files)
        if (file.type === 'chunk' && file.facadeModuleId && wanted.has(path.resolve(file.facadeModuleId))) visit(file);
      if (urls.size === 0) this.error(`No chunk found for ${precache.join(', ')}`);

      const source = readFileSync(template, 'utf8');
      const version = createHash('sha256')
        .update(source)
        .update(
          files
            .map((file) => file.fileName)
            .sort()
            .join('\n'),
        )
        .digest('base64url')
        .slice(0, 12);
      const build = JSON.stringify({
        version,
        precache: [...urls].sort(),
        // As regular expressions, so the worker needs no matcher of its own.
        routes: {
          pages: routes.pages.map((page) => patternRegExp(page).source),
          article: patternRegExp(routes.article).source,
          articlePrefix: routes.article.replace(/:\w+$/, ''),
        },
      });
      const slot = 'const BUILD = __SW_BUILD__;';
      if (!source.includes(slot)) this.error(`${template} has no \`${slot}\` line to fill`);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: source.replace(slot, `const BUILD = ${build};`) });
    },
  };
}
