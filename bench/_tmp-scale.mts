import { generateContent } from '../scripts/generate-content';
import { cleanUp, makeTempDir } from './cleanup';
import { hammer } from './load';
import { startServer } from './server';
const dir = makeTempDir('content-probe');
const g = await generateContent({ count: 50000, out: dir });
for (const logLevel of [undefined, 'warn']) {
  const s = await startServer({ contentDir: dir, logLevel });
  console.log('log', logLevel ?? 'info', 'start', Math.round(s.startMs), 'rss', Math.round(s.rssMiB()));
  for (let i = 0; i < 3; i++) {
    const f = await hammer({ url: `${s.url}/api/articles?limit=20`, connections: 20, duration: 3 }, i === 0 ? 1 : 0);
    console.log(' list', i, Math.round(f.rps), 'p50', f.p50Ms, 'p99', f.p99Ms, 'rss', Math.round(s.rssMiB()));
  }
  const slug = g.slugs[1234];
  const f = await hammer({ url: `${s.url}/api/articles/${slug}`, connections: 20, duration: 3 });
  console.log(' detail one slug', Math.round(f.rps), 'p99', f.p99Ms);
  await s.dispose();
}
await cleanUp();
