// The drawing area shared by the editor's charts, in SVG user units: the SVG scales to its column, and its
// colours come from the page's CSS variables, so both charts follow light and dark without a line of their own.
export const CHART_WIDTH = 640;
export const LABEL_FONT_SIZE = 13;

/** "2026-11-20" → the day after, as the same kind of string (UTC throughout). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Every day from `first` to `last`, inclusive. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = nextDay(day)) days.push(day);
  return days;
}
