// Built from parts with plain spaces, so the server's ICU and the browser's agree byte for byte
// (newer ICU versions put a narrow no-break space before "AM", which breaks hydration).
const formatters = new Map<string, Intl.DateTimeFormat>();

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

/** The first formatter is the expensive one (ICU loads the locale's data): create it ahead of rendering. */
export function warmDateFormatter(locale: string, timeZone: string): void {
  formatter(locale, timeZone);
}

export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  const parts = Object.fromEntries(
    formatter(locale, timeZone)
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  const time =
    `${parts.hour}:${parts.minute}${parts.dayPeriod ? ` ${parts.dayPeriod}` : ''} ${parts.timeZoneName ?? ''}`.trim();
  return `${parts.month} ${parts.day}, ${parts.year}, ${time}`;
}

export function formatDate(iso: string, locale: string, timeZone: string): string {
  return formatDateTime(iso, locale, timeZone).split(', ').slice(0, 2).join(', ');
}
