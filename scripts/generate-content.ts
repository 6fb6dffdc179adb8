// `npm run content:generate -- --count 1000 --out /tmp/content-1000 [--seed 1] [--until 2026-01-31T00:00:00Z] [--force]`
// Writes a content folder for load and scale tests: content/publication.json plus `count` synthetic articles,
// valid per src/contract/article.ts, deterministic for a given seed. Article i never depends on `count`, so the
// 100-article folder is a prefix of the 1,000-article one. Files are written as they are made (bounded
// concurrency), so 50,000 articles take seconds and little memory.
import { writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { articleSchema, type ArticleInput } from '../src/contract/article';
import { publicationSchema } from '../src/contract/publication';

export type GenerateOptions = { count: number; out: string; seed?: number; until?: string; force?: boolean };
export type GenerateResult = { count: number; bytes: number; ms: number; slugs: string[] };

const ROOT = path.resolve(import.meta.dirname, '..');
const YEARS_BACK = 5;
/** Every n-th article is also parsed with the contract, to catch a generator bug without slowing 50,000 down. */
const CHECK_EVERY = 97;

const words = (text: string) => text.trim().split(/\s+/);
const VOCABULARY = words(`
  government minister council budget policy vote election campaign region border trade market economy growth
  inflation bank rates investors company workers union strike factory port shipping route harbour cargo energy
  power grid solar wind coal gas prices households families schools teachers students hospital doctors nurses
  patients research scientists study data evidence climate weather storm flood drought harvest farmers crops water
  river coast city town village residents officials police court judge ruling law bill parliament senate committee
  report inquiry agency network internet cable satellite software security privacy platform users library museum
  archive festival film music theatre writers readers newspaper editors history century decade season winter summer
  autumn spring morning evening week month year plan proposal agreement talks summit leaders delegation allies
  neighbours visitors tourists travel rail airport flights roads bridge tunnel housing rent costs wages jobs
  exports imports tariffs supply demand shortage surplus forecast model survey census population migration
  community volunteers charity funding grant programme project pilot trial results outcome impact pressure debate
`);
const VERBS = words(`
  said announced warned agreed rejected approved delayed expanded reduced raised lowered opened closed reviewed
  published confirmed questioned defended criticised welcomed proposed tested measured recorded tracked reported
`);
const JOINERS = words('and but while as after before because although since so yet where when');
const TOPICS = words(`
  Diplomacy Elections Trade Climate Energy Health Education Housing Transport Internet Security Privacy
  Science Space Oceans Weather Farming Food Water Cities Culture Books Film Music History Museums Sport
  Economy Markets Jobs Inflation Banking Taxes Courts Law Policing Migration Europe Asia Africa Americas
  Pacific Arctic Research Medicine Vaccines Technology Software Hardware Startups Media Newspapers Puzzles
  Libraries Community Railways Aviation Shipping Infrastructure Democracy Protests Parliament Budget Defence
`);
const QUALIFIERS = words('policy explained analysis data interviews history outlook reviews');
/** About 540 tags, the plain topics first: with `skewed` picks the most used tag is on roughly one article in seven. */
const TAGS = [...TOPICS, ...QUALIFIERS.flatMap((q) => TOPICS.map((topic) => `${topic} ${q}`))];
const NAMES = words(
  'Ana Ben Chloe Dev Elena Farid Grace Hiro Ines Jonas Kemi Luis Maya Noor Omar Priya Ravi Sara Tom Yara',
);
const SURNAMES = words(
  'Abara Brooks Castillo Dubois Eriksen Fofana Garcia Haddad Ito Jensen Kowalski Lopez Mensah Novak',
);
const ROLES = ['Political correspondent', 'Science editor', 'Business reporter', 'Culture writer', 'Data reporter'];
const IMAGES = [
  ['/images/crossword-grid.svg', 1200, 800, 'Flat illustration of a blank crossword grid with a pencil'],
  ['/images/state-visit-ceremony.svg', 1200, 800, 'Red carpet leading up the steps of a columned building'],
  ['/images/coffee-farm-to-cup.svg', 1200, 800, 'Green hills with coffee bushes and a steaming cup'],
  ['/images/time-zones-clock-map.svg', 1200, 800, 'A globe divided into bands with a clock face'],
  ['/images/undersea-cable-hero.svg', 1200, 800, 'Ocean cross-section with a ship and a cable on the seabed'],
  ['/images/undersea-cable-cross-section.svg', 1200, 675, 'Diagram of a cable cross-section'],
  ['/images/election-observers-ballot-box.svg', 1200, 800, 'A ballot paper dropped into a ballot box'],
  ['/images/autumn-leaves.svg', 1200, 800, 'Scattered leaves in green, yellow, orange and red'],
] as const;

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  /** Skewed towards the start of the list, like real tag use: a few tags are everywhere, most are rare. */
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(next() ** 2 * list.length)] as T;
  return { next, int, pick, skewed, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
function phrase(r: Random, n: number): string {
  let text = r.pick(VOCABULARY);
  for (let i = 1; i < n; i++) text += ` ${r.pick(VOCABULARY)}`;
  return text;
}
const sentence = (r: Random) =>
  `${capital(phrase(r, r.int(2, 4)))} ${r.pick(VERBS)} ${phrase(r, r.int(3, 7))} ${r.pick(JOINERS)} ${phrase(r, r.int(3, 8))}.`;
const sentences = (r: Random, min: number, max: number) =>
  Array.from({ length: r.int(min, max) }, () => sentence(r)).join(' ');
const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function image(r: Random) {
  const [src, width, height, alt] = r.pick(IMAGES);
  return {
    src,
    alt,
    width,
    height,
    caption: capital(phrase(r, r.int(6, 14))),
    credit: `${r.pick(NAMES)} ${r.pick(SURNAMES)}`,
  };
}

function inline(r: Random, slugs: readonly string[]): unknown[] {
  const text = sentences(r, 2, 5);
  if (!r.chance(0.25)) return [text];
  const href =
    slugs.length > 0 && r.chance(0.6)
      ? `/article/${r.pick(slugs)}`
      : `https://www.example.org/${slugify(phrase(r, 2))}`;
  return [
    text,
    ' ',
    { type: 'link', href, children: [phrase(r, r.int(2, 4))] },
    ' ',
    { type: 'text', text: sentence(r), em: r.chance(0.5) },
  ];
}

function block(r: Random, slugs: readonly string[]) {
  const roll = r.next();
  if (roll < 0.62) return { type: 'paragraph', content: inline(r, slugs) };
  if (roll < 0.77) return { type: 'heading', level: r.chance(0.8) ? 2 : 3, text: capital(phrase(r, r.int(3, 7))) };
  if (roll < 0.85)
    return { type: 'pullQuote', text: sentences(r, 1, 2), attribution: `${r.pick(NAMES)} ${r.pick(SURNAMES)}` };
  if (roll < 0.93)
    return {
      type: 'list',
      style: r.chance(0.7) ? 'bulleted' : 'numbered',
      items: Array.from({ length: r.int(3, 6) }, () => [sentence(r)]),
    };
  return { type: 'image', ...image(r) };
}

/** Article `index`, from its own random stream: the same whatever `count` is. */
export function makeArticle(
  seed: number,
  index: number,
  untilMs: number,
  sections: readonly string[],
  earlier: readonly string[],
) {
  const r = random(seed * 1_000_003 + index);
  const headline = `${capital(phrase(r, r.int(2, 3)))} ${r.pick(VERBS)} ${phrase(r, r.int(2, 5))} ${r.pick(JOINERS)} ${phrase(r, r.int(2, 4))}`;
  const publishedMs = untilMs - Math.floor(r.next() * YEARS_BACK * 365 * 86_400_000);
  const tags = new Set(Array.from({ length: r.int(2, 6) }, () => r.skewed(TAGS)));
  const body = [
    { type: 'paragraph', content: [sentences(r, 3, 5)] },
    ...Array.from({ length: r.int(7, 13) }, () => block(r, earlier)),
  ];
  if (r.chance(0.5)) body.push({ type: 'bottomLine', content: [sentences(r, 1, 3)] });
  const related =
    earlier.length > 0 && r.chance(0.6)
      ? [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(earlier)))]
      : undefined;
  const article = {
    schemaVersion: 1 as const,
    slug: `${slugify(headline).slice(0, 80).replace(/-$/, '')}-${index.toString(36)}`,
    section: r.pick(sections),
    headline,
    summary: sentences(r, 1, 3),
    byline: Array.from({ length: r.chance(0.8) ? 1 : 2 }, () => ({
      name: `${r.pick(NAMES)} ${r.pick(SURNAMES)}`,
      ...(r.chance(0.5) ? { role: r.pick(ROLES) } : {}),
    })),
    publishedAt: new Date(publishedMs).toISOString(),
    ...(r.chance(0.3) ? { updatedAt: new Date(publishedMs + r.int(10, 2_880) * 60_000).toISOString() } : {}),
    ...(r.chance(0.7) ? { hero: image(r) } : {}),
    body,
    tags: [...tags],
    ...(related ? { related } : {}),
  };
  return article as ArticleInput;
}

export async function generateContent({
  count,
  out,
  seed = 1,
  until = '2026-01-31T00:00:00Z',
  force = false,
}: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const untilMs = Date.parse(until);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer (got ${count})`);
  if (Number.isNaN(untilMs)) throw new Error(`--until must be an ISO date-time (got ${until})`);
  const articlesDir = path.join(out, 'articles');
  const existing = (await readdir(articlesDir).catch(() => [] as string[])).filter((f) => f.endsWith('.json'));
  if (existing.length > 0 && !force)
    throw new Error(`${articlesDir} already holds articles; pass --force to replace them`);
  if (existing.length > 0) await rm(articlesDir, { recursive: true, force: true });
  await mkdir(articlesDir, { recursive: true });

  const publicationText = await readFile(path.join(ROOT, 'content/publication.json'), 'utf8');
  const sections = publicationSchema.parse(JSON.parse(publicationText)).sections.map((s) => s.id);
  await writeFile(path.join(out, 'publication.json'), publicationText);

  const slugs: string[] = [];
  let bytes = 0;
  // Synchronous writes into the page cache beat tens of thousands of promise round trips; nothing is held back.
  for (let i = 0; i < count; i++) {
    const article = makeArticle(seed, i, untilMs, sections, slugs);
    if (i % CHECK_EVERY === 0) articleSchema.parse(article);
    const text = `${JSON.stringify(article, null, 2)}\n`;
    bytes += Buffer.byteLength(text);
    slugs.push(article.slug);
    writeFileSync(path.join(articlesDir, `${article.slug}.json`), text);
  }
  return { count, bytes, ms: performance.now() - started, slugs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      until: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  if (!values.out) {
    console.error(
      'Usage: npm run content:generate -- --count 1000 --out /tmp/content-1000 [--seed 1] [--until ISO] [--force]',
    );
    process.exit(2);
  }
  const result = await generateContent({
    count: Number(values.count),
    out: path.resolve(values.out),
    seed: Number(values.seed),
    force: values.force,
    ...(values.until ? { until: values.until } : {}),
  });
  console.log(
    `Wrote ${result.count} articles (${(result.bytes / 1e6).toFixed(1)} MB) to ${values.out} in ${(result.ms / 1000).toFixed(1)} s`,
  );
}
