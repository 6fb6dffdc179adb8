import fc from 'fast-check';

// Strings biased towards what an attacker would type, mixed with ordinary text.
const nasty = fc.constantFrom(
  '<script>window.__pwned=1</script>',
  '<img src=x onerror=window.__pwned=1>',
  '" onmouseover="window.__pwned=1',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '</p></article><script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202eevil',
  '🗞️👩🏽‍💻',
  'e\u0301\u0302',
);
export const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  nasty,
  fc.tuple(fc.string({ maxLength: 10 }), nasty).map(([a, b]) => a + b),
);

// Any href at all: the contract decides which survive.
export const href = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:x',
    'data:text/html,x',
    'vbscript:x',
    '//evil.example',
    '/\\evil.example',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    '/ok',
    'mailto:a@b.co',
  ),
  fc.string({ maxLength: 30 }),
);

const run = fc.record({
  type: fc.constant('text'),
  text,
  em: fc.option(fc.boolean(), { nil: undefined }),
  strong: fc.option(fc.boolean(), { nil: undefined }),
  sup: fc.option(fc.boolean(), { nil: undefined }),
  sub: fc.option(fc.boolean(), { nil: undefined }),
});
const inline = fc.oneof(
  text,
  run,
  fc.constant({ type: 'lineBreak' }),
  fc.record({
    type: fc.constant('link'),
    href,
    children: fc.array(fc.oneof(text, run), { minLength: 1, maxLength: 3 }),
  }),
);
const inlines = fc.array(inline, { minLength: 1, maxLength: 4 });

const cells = fc.array(fc.array(inline, { maxLength: 2 }), { minLength: 1, maxLength: 3 });

export const block = fc.oneof(
  fc.record({ type: fc.constant('paragraph'), content: inlines }),
  fc.record({ type: fc.constant('heading'), level: fc.constantFrom(2, 3), content: inlines }),
  fc.record({
    type: fc.constant('pullQuote'),
    text: text.filter((t) => t.length > 0),
    attribution: text.filter((t) => t.length > 0),
  }),
  fc.record({
    type: fc.constant('list'),
    style: fc.constantFrom('bulleted', 'numbered'),
    items: fc.array(inlines, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('bottomLine'), content: inlines }),
  fc.record({
    type: fc.constant('callout'),
    kind: fc.constantFrom('qa', 'explainer', 'keyFacts', 'bottomLine'),
    title: fc.option(inlines, { nil: undefined }),
    body: fc.array(
      fc.oneof(
        fc.record({ type: fc.constant('paragraph'), content: inlines }),
        fc.record({ type: fc.constant('embed'), html: text }),
      ),
      { maxLength: 3 },
    ),
  }),
  fc.record({
    type: fc.constant('table'),
    caption: fc.option(inlines, { nil: undefined }),
    head: fc.option(cells, { nil: undefined }),
    rows: fc.array(cells, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('image'),
    src: fc.constantFrom('/images/a.svg', 'javascript:alert(1)', 'https://evil.example/x.png', '/images/b c.svg'),
    alt: text,
    caption: fc.option(text, { nil: undefined }),
    credit: fc.option(text, { nil: undefined }),
    width: fc.integer({ min: 1, max: 2000 }),
    height: fc.integer({ min: 1, max: 2000 }),
  }),
  fc.record({ type: fc.constantFrom('video', 'html', 'embed'), html: text }),
);

export const articleLike = fc.record({
  schemaVersion: fc.constant(2),
  slug: fc.constant('property-test'),
  section: fc.constant('politics'),
  headline: text.filter((t) => t.length > 0),
  summary: text.filter((t) => t.length > 0),
  byline: fc.constant([{ name: 'Test Desk' }]),
  publishedAt: fc.constant('2026-01-01T00:00:00Z'),
  body: fc.array(block, { maxLength: 8 }),
  tags: fc.constant([]),
});
