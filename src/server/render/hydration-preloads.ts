/** The part of Vite's build manifest (dist/client/.vite/manifest.json) read here and by the size check. */
export type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; css?: string[] };
export type Manifest = Record<string, ManifestChunk>;

/** The boot script imports this once the page has painted; everything hydration needs hangs off it. */
export const HYDRATION_MODULE = 'src/app/entry-client.tsx';

/** A chunk and every chunk it imports statically, transitively, the chunk first. */
export function staticGraphOf(manifest: Manifest, key: string): ManifestChunk[] {
  const seen = new Map<string, ManifestChunk>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    const chunk = manifest[k];
    if (!chunk) throw new Error(`The manifest names a chunk it does not contain: ${k}`);
    seen.set(k, chunk);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return [...seen.values()];
}

/**
 * Adds `<link rel="modulepreload" fetchpriority="low">` for the hydration chunks to the page template. The
 * browser fetches them in the background, after what the page needs to paint, and parses them; the boot script
 * runs them only once the page has painted. Without these, the chunks would be requested only then (and Vite's
 * preload helper would add the same links from script, a long task on a slow phone).
 */
export function addHydrationPreloads(template: string, manifest: Manifest): string {
  if (!manifest[HYDRATION_MODULE]) return template;
  const links = staticGraphOf(manifest, HYDRATION_MODULE)
    .filter(({ file }) => !template.includes(`"/${file}"`)) // the boot script's own imports are there already
    .map(({ file }) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="/${file}">`)
    .join('\n    ');
  return template.replace('</head>', `  ${links}\n  </head>`);
}
