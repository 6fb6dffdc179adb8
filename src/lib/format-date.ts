// Built from parts with plain spaces, so the server's ICU and the browser's agree byte for byte
// (newer ICU versions put a narrow no-break space before "AM", which breaks hydration).
const formatters = new Map<string, Intl.DateTimeFormat>();

// Dates the server formatted for this page, keyed by locale, time zone and instant. The browser hydrates with
// them instead of creating its first Intl.DateTimeFormat, which loads ICU's locale data: on a slow phone that
// alone is a long task (~80 ms at 4× CPU slowdown) in the middle of hydration.
const preformatted = new Map<string, string>();
let recording: Map<string, string> | undefined;

function formatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    formatters.set(key, f);
  }
  return f;
}

/** Server: every date formatted while `render` runs, to send with the page. */
export function recordFormattedDates<T>(render: () => T): { result: T; dates: Record<string, string> } {
  recording = new Map();
  try {
    const result = render();
    return { result, dates: Object.fromEntries(recording) };
  } finally {
    recording = undefined;
  }
}

/** Browser: the dates the server formatted for this page. */
export function rememberPreformattedDates(dates: Record<string, string>): void {
  for (const [key, text] of Object.entries(dates)) preformatted.set(key, text);
}

export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}|${iso}`;
  const known = preformatted.get(key);
  if (known !== undefined) return known;
  const parts = Object.fromEntries(
    formatter(locale, timeZone)
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  const time =
    `${parts.hour}:${parts.minute}${parts.dayPeriod ? ` ${parts.dayPeriod}` : ''} ${parts.timeZoneName ?? ''}`.trim();
  const text = `${parts.month} ${parts.day}, ${parts.year}, ${time}`;
  recording?.set(key, text);
  return text;
}

export function formatDate(iso: string, locale: string, timeZone: string): string {
  return formatDateTime(iso, locale, timeZone).split(', ').slice(0, 2).join(', ');
}
