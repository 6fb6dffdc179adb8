// One definition of "a character" for the comment limit, shared by the counter, the browser's check and the
// server's: a Unicode code point. Not UTF-16 units (an emoji would count twice) and not graphemes (a
// family emoji built of seven code points would count once, so 2,000 of them would overflow the body limit;
// grapheme rules also change with the ICU version, and the browser and the server must always agree).
export function countCharacters(text: string): number {
  // Each surrogate pair is one code point in two UTF-16 units.
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

/** A lone surrogate is not text: it cannot be stored as UTF-8 and other readers of the database choke on it. */
export const hasLoneSurrogate = (text: string): boolean => /\p{Cs}/u.test(text);
