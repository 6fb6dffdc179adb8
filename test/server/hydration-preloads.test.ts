import { describe, expect, it } from 'vitest';
import { addHydrationPreloads, type Manifest } from '../../src/server/render/hydration-preloads';

const manifest: Manifest = {
  'index.html': { file: 'assets/boot-1.js', src: 'index.html', isEntry: true, imports: ['_helper.js'] },
  '_helper.js': { file: 'assets/helper-2.js' },
  'src/app/entry-client.tsx': { file: 'assets/entry-client-3.js', imports: ['_react.js', '_helper.js'] },
  '_react.js': { file: 'assets/react-4.js', imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared-5.js', imports: ['_react.js'] },
  'src/app/routes/editor-route.tsx': { file: 'assets/editor-6.js', imports: ['_react.js'] },
};
const template =
  '<head>\n<script type="module" src="/assets/boot-1.js"></script>\n' +
  '<link rel="modulepreload" crossorigin href="/assets/helper-2.js">\n</head><body></body>';

describe('addHydrationPreloads', () => {
  const html = addHydrationPreloads(template, manifest);
  const preloaded = [...html.matchAll(/<link rel="modulepreload"([^>]*)>/g)].map((m) => m[1] ?? '');

  it('preloads the hydration entry and everything it imports, once each, at low priority, in the head', () => {
    const low = preloaded.filter((attrs) => attrs.includes('fetchpriority="low"'));
    expect(low.map((attrs) => /href="([^"]+)"/.exec(attrs)?.[1])).toEqual([
      '/assets/entry-client-3.js',
      '/assets/react-4.js',
      '/assets/shared-5.js',
    ]);
    expect(html.indexOf('entry-client-3.js')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves out what the template already loads and what hydration does not need', () => {
    expect(html.match(/helper-2\.js/g)).toHaveLength(1);
    expect(html).not.toContain('editor-6.js');
  });

  it('changes nothing for a build without the hydration entry', () => {
    expect(addHydrationPreloads(template, { 'index.html': manifest['index.html']! })).toBe(template);
  });
});
