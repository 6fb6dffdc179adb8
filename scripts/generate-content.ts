// `npm run content:generate -- --count 1000 --out /tmp/content-1000 [--seed 1] [--until 2026-01-31T00:00:00Z] [--force]`
// Writes a content folder for load and scale tests: content/publication.json plus `count` synthetic articles,
// valid per src/contract/article.ts, deterministic for a given seed. Article i never depends on `count`, so the
// 100-article folder is a prefix of the 1,000-article one. Files are written as they are made (bounded
// concurrency), so 50,000 articles take seconds and little memory.
//
// Spread like a newsroom's archive: sections of unequal size; a staff of a few hundred, each on one desk with one
// role, some far more prolific than others; topic tags used unevenly (a few everywhere, most rare); and running
// stories (a tag shared by the articles of a few days, a few thousand of them over 200,000 articles) whose
// articles name each other as related.
import { writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { articleSchema, SCHEMA_VERSION, type ArticleInput } from '../src/contract/article';
import { publicationSchema } from '../src/contract/publication';

export type GenerateOptions = { count: number; out: string; seed?: number; until?: string; force?: boolean };
export type GenerateResult = { count: number; bytes: number; ms: number; slugs: string[] };

const ROOT = path.resolve(import.meta.dirname, '..');
/** Article i is about i × this before `until`: 200,000 articles reach five years back, 1,000 about nine days. */
const SPACING_MS = Math.round((5 * 365 * 86_400_000) / 200_000);
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
const NAMES = words(`
  Ana Ben Chloe Dev Elena Farid Grace Hiro Ines Jonas Kemi Luis Maya Noor Omar Priya Ravi Sara Tom Yara
  Amara Bruno Carmen Dmitri Esther Felix Gita Hamid Ingrid Jun Kofi Lena Mateo Nadia Oskar Paula Rosa Sven Tariq Zoe
`);
const SURNAMES = words(`
  Abara Brooks Castillo Dubois Eriksen Fofana Garcia Haddad Ito Jensen Kowalski Lopez Mensah Novak
  Okafor Petrov Quinn Rahman Silva Tanaka Urquhart Varga Walsh Xu Yilmaz Zhou Almeida Bauer Costa Dlamini
`);
/** Share of articles per section, by position in publication.json: the news desks publish most. */
const SECTION_WEIGHTS = [26, 24, 20, 10, 12, 8];
/** Each desk's roles, by section position; the first is the most common. */
const DESK_ROLES = [
  ['Political correspondent', 'Political editor', 'Parliamentary reporter'],
  ['Foreign correspondent', 'World affairs editor', 'Reporter'],
  ['Business reporter', 'Economics editor', 'Markets correspondent'],
  ['Science reporter', 'Science editor', 'Health correspondent'],
  ['Technology reporter', 'Technology editor', 'Data reporter'],
  ['Culture writer', 'Arts editor', 'Critic'],
];
const STAFF_PER_DESK = 45;
/** Running stories: each lasts a few days, several run at once, and most articles belong to one. */
const STORY_DAYS = 3;
const STORIES_AT_ONCE = 8;
const STORY_SHARE = 0.7;
/** Earlier articles of a story kept to pick related ones from (generation is in index order, not date order). */
const STORY_MEMORY = 6;
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
  if (roll < 0.77) return { type: 'heading', level: r.chance(0.8) ? 2 : 3, content: [capital(phrase(r, r.int(3, 7)))] };
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

type Writer = { name: string; role?: string };
type Desk = { section: string; weight: number; staff: Writer[] };

/** The newsroom: one desk per section, its share of articles and its staff (distinct names, fixed roles). */
export function newsroom(seed: number, sections: readonly string[]): Desk[] {
  const r = random(seed * 7_919 + 17);
  const taken = new Set<string>();
  return sections.map((section, at) => {
    const roles = DESK_ROLES[at % DESK_ROLES.length] as string[];
    const staff = Array.from({ length: STAFF_PER_DESK }, (): Writer => {
      let name = `${r.pick(NAMES)} ${r.pick(SURNAMES)}`;
      while (taken.has(name)) name = `${r.pick(NAMES)} ${r.pick(SURNAMES)}`;
      taken.add(name);
      // A few on each desk carry no role in their byline (freelancers, agency copy).
      return r.chance(0.85) ? { name, role: r.skewed(roles) } : { name };
    });
    return { section, weight: SECTION_WEIGHTS[at] ?? 10, staff };
  });
}

function pickDesk(r: Random, desks: readonly Desk[]): Desk {
  const total = desks.reduce((sum, d) => sum + d.weight, 0);
  let roll = r.next() * total;
  for (const desk of desks) if ((roll -= desk.weight) < 0) return desk;
  return desks.at(-1) as Desk;
}

/** The running story an article published at `ms` belongs to: a window of days and one of the stories in it. */
function storyTag(seed: number, ms: number, r: Random): string {
  const id = Math.floor(ms / (STORY_DAYS * 86_400_000)) * STORIES_AT_ONCE + r.int(0, STORIES_AT_ONCE - 1);
  const name = random(seed * 104_729 + id);
  return `${capital(name.pick(VOCABULARY))} ${name.pick(VOCABULARY)}`;
}

/** Earlier articles: all of them (for links) and each story's latest few (for related ones). */
export type Earlier = { slugs: string[]; byStory: Map<string, string[]> };
export const noEarlier = (): Earlier => ({ slugs: [], byStory: new Map() });

function remember(earlier: Earlier, { article, story }: MadeArticle): void {
  earlier.slugs.push(article.slug);
  if (!story) return;
  const mates = earlier.byStory.get(story) ?? [];
  mates.push(article.slug);
  if (mates.length > STORY_MEMORY) mates.shift();
  earlier.byStory.set(story, mates);
}

type MadeArticle = { article: ArticleInput & { slug: string; tags: string[] }; story: string | undefined };

/** Article `index`, from its own random stream: the same whatever `count` is. */
export function makeArticle(
  seed: number,
  index: number,
  untilMs: number,
  desks: readonly Desk[],
  earlier: Earlier,
): MadeArticle {
  const r = random(seed * 1_000_003 + index);
  const headline = `${capital(phrase(r, r.int(2, 3)))} ${r.pick(VERBS)} ${phrase(r, r.int(2, 5))} ${r.pick(JOINERS)} ${phrase(r, r.int(2, 4))}`;
  const publishedMs = untilMs - Math.floor((index + r.next() * 4) * SPACING_MS);
  const desk = pickDesk(r, desks);
  const story = r.chance(STORY_SHARE) ? storyTag(seed, publishedMs, r) : undefined;
  const tags = new Set([...(story ? [story] : []), ...Array.from({ length: r.int(1, 4) }, () => r.skewed(TAGS))]);
  const body = [
    { type: 'paragraph', content: [sentences(r, 3, 5)] },
    ...Array.from({ length: r.int(7, 13) }, () => block(r, earlier.slugs)),
  ];
  if (r.chance(0.5)) body.push({ type: 'bottomLine', content: [sentences(r, 1, 3)] });
  // An editor links the story's earlier pieces, and now and then something older from anywhere.
  const mates = story ? (earlier.byStory.get(story) ?? []) : [];
  const related = [
    ...(mates.length > 0 && r.chance(0.7) ? mates.slice(-r.int(1, 3)) : []),
    ...(earlier.slugs.length > 0 && r.chance(0.15) ? [r.pick(earlier.slugs)] : []),
  ];
  // Prolific writers first: the desk's staff is picked skewed, so a few bylines cover much of its archive.
  const byline = [r.skewed(desk.staff), ...(r.chance(0.15) ? [r.pick(r.pick(desks).staff)] : [])];
  const article = {
    schemaVersion: SCHEMA_VERSION,
    slug: `${slugify(headline).slice(0, 80).replace(/-$/, '')}-${index.toString(36)}`,
    section: desk.section,
    headline,
    summary: sentences(r, 1, 3),
    byline: [...new Map(byline.map((w) => [w.name, w])).values()],
    publishedAt: new Date(publishedMs).toISOString(),
    ...(r.chance(0.3) ? { updatedAt: new Date(publishedMs + r.int(10, 2_880) * 60_000).toISOString() } : {}),
    ...(r.chance(0.7) ? { hero: image(r) } : {}),
    body,
    tags: [...tags],
    ...(related.length > 0 ? { related: [...new Set(related)] } : {}),
  };
  return { article: article as MadeArticle['article'], story };
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

  const desks = newsroom(seed, sections);
  const earlier = noEarlier();
  let bytes = 0;
  // Synchronous writes into the page cache beat tens of thousands of promise round trips; nothing is held back.
  for (let i = 0; i < count; i++) {
    const made = makeArticle(seed, i, untilMs, desks, earlier);
    remember(earlier, made);
    const { article } = made;
    if (i % CHECK_EVERY === 0) articleSchema.parse(article);
    const text = `${JSON.stringify(article, null, 2)}\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(articlesDir, `${article.slug}.json`), text);
  }
  return { count, bytes, ms: performance.now() - started, slugs: earlier.slugs };
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
