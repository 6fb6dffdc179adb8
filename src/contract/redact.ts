// Personal details readers paste into comments: removed in the browser (shown first, so the reader
// knows) and again on the server, which never trusts the client to have done it.
//
// Matching runs on a normalised copy (NFKC folds fullwidth ＠ and digits to ASCII; zero-width characters and
// soft hyphens are dropped, so `jane\u200b@example.com` is an address); what is stored is the reader's own
// text with only the matched spans replaced, so nothing else they wrote is changed.
const INVISIBLE = /^[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]$/u;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Seven to fifteen digits in any script, allowing spaces, dots, dashes, brackets and a leading +; not the tail
// of a hyphenated token (a UUID group, a product code).
const PHONE =
  /(?<![\p{L}\p{N}]|[\p{L}\p{N}][-./])\+?\(?\p{Nd}[\p{Nd}\s().-]{5,}\p{Nd}(?![\p{L}\p{N}]|[-./][\p{L}\p{N}])/gu;
// Numbers that are not phone numbers even though they have the digits for one.
const NOT_PHONE: readonly RegExp[] = [
  /\b[\p{Nd}a-f]{8}-[\p{Nd}a-f]{4}-[\p{Nd}a-f]{4}-[\p{Nd}a-f]{4}-[\p{Nd}a-f]{12}\b/giu, // UUID
  /\bISBN(?:-1[03])?:?\s*[\p{Nd}][\p{Nd}\s-]{8,16}[\p{Nd}X]\b/giu,
  /\b97[89][\s-]?\p{Nd}{1,5}[\s-]\p{Nd}{1,7}[\s-]\p{Nd}{1,7}[\s-][\p{Nd}X]\b/giu, // a hyphenated ISBN-13
  /\b(?:ref(?:erence)?|order|invoice|ticket|case|issn|doi|article|id)\b\.?\s*(?:no\.?\s*)?[:#]?\s*\p{Nd}[\p{Nd}\s-]*\p{Nd}/giu,
];
const DATE = /^\p{Nd}{4}[-/.]\p{Nd}{1,2}[-/.]\p{Nd}{1,2}$|^\p{Nd}{1,2}[-/.]\p{Nd}{1,2}[-/.]\p{Nd}{4}$/u;
const YEAR_RANGE = /^[12]\p{Nd}{3}\s*-\s*[12]\p{Nd}{3}$/u;
const DECIMAL = /^\p{Nd}+[.]\p{Nd}+$/u;

export const EMAIL_MASK = '[email removed]';
export const PHONE_MASK = '[phone number removed]';

type Span = { start: number; end: number };
type Normalised = {
  text: string;
  /** For each UTF-16 unit of `text`, the span of the original it came from. */ origin: Span[];
};

function normalise(original: string): Normalised {
  let text = '';
  const origin: Span[] = [];
  let at = 0;
  for (const char of original) {
    const folded = INVISIBLE.test(char) ? '' : char.normalize('NFKC');
    for (let i = 0; i < folded.length; i++) origin.push({ start: at, end: at + char.length });
    text += folded;
    at += char.length;
  }
  return { text, origin };
}

function spansOf(pattern: RegExp, text: string): (Span & { match: string })[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, match: m[0] }));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** 13 digits starting 978 or 979 whose check digit works out: a book, not a phone. */
function isIsbn13(digits: string): boolean {
  if (!/^97[89]\d{10}$/.test(digits)) return false;
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i % 2 ? 3 : 1), 0);
  return sum % 10 === 0;
}

function isPhoneNumber(match: string): boolean {
  const digits = match.replace(/\P{Nd}/gu, '');
  const trimmed = match.trim();
  if (digits.length < 7 || digits.length > 15 || isIsbn13(digits)) return false;
  return !DATE.test(trimmed) && !YEAR_RANGE.test(trimmed) && !DECIMAL.test(trimmed);
}

export function redactPersonalDetails(original: string): { text: string; redacted: boolean } {
  const { text, origin } = normalise(original);
  const emails = spansOf(EMAIL, text).map((span) => ({ ...span, mask: EMAIL_MASK }));
  const kept = NOT_PHONE.flatMap((pattern) => spansOf(pattern, text));
  const phones = spansOf(PHONE, text)
    .filter((span) => isPhoneNumber(span.match))
    .filter((span) => !emails.some((email) => overlaps(email, span)) && !kept.some((k) => overlaps(k, span)))
    .map((span) => ({ ...span, mask: PHONE_MASK }));
  const found = [...emails, ...phones].sort((a, b) => a.start - b.start);
  if (found.length === 0) return { text: original, redacted: false };

  // Back to the original's positions: from the first unit's source to the last unit's.
  let out = '';
  let from = 0;
  for (const { start, end, mask } of found) {
    const source = { start: (origin[start] as Span).start, end: (origin[end - 1] as Span).end };
    out += original.slice(from, source.start) + mask;
    from = source.end;
  }
  return { text: out + original.slice(from), redacted: true };
}
