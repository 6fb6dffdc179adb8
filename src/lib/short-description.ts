/**
 * A description as search results and link previews show it: at most `max` characters, cut at a word with an
 * ellipsis (Open Graph readers truncate long ones mid-word, and a 600-character summary is not a description).
 */
export function shortDescription(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.slice(0, cut.lastIndexOf(' '));
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
