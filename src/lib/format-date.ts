// Built from parts with plain spaces, so the server's ICU and the browser's agree byte for byte
// (newer ICU versions put a narrow no-break space before "AM", which breaks hydration).

/** Formats dates for one render (server) or one app (browser), and tells which dates it formatted. */
export type DateFormat = {
  dateTime(iso: string, locale: string, timeZone: string): string;
  /** The day alone: "November 20, 2025". */
  date(iso: string, locale: string, timeZone: string): string;
  /** Every date formatted so far, keyed by locale, time zone and instant: what the server sends with the page. */
  formatted(): Record<string, string>;
};

// A cache of Intl objects, which are immutable and costly to create; it carries no context.
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

function format(iso: string, locale: string, timeZone: string): string {
  const parts = Object.fromEntries(
    formatter(locale, timeZone)
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  const time =
    `${parts.hour}:${parts.minute}${parts.dayPeriod ? ` ${parts.dayPeriod}` : ''} ${parts.timeZoneName ?? ''}`.trim();
  return `${parts.month} ${parts.day}, ${parts.year}, ${time}`;
}

/**
 * `known`: the dates the server formatted for this page. The browser hydrates with them instead of creating its
 * first Intl.DateTimeFormat, which loads ICU's locale data: on a slow phone that alone is a long task (~80 ms at
 * 4× CPU slowdown) in the middle of hydration.
 */
export function createDateFormat(known: Record<string, string> = {}): DateFormat {
  const texts = new Map(Object.entries(known));
  const dateTime = (iso: string, locale: string, timeZone: string) => {
    const key = `${locale}|${timeZone}|${iso}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = format(iso, locale, timeZone);
      texts.set(key, text);
    }
    return text;
  };
  return {
    dateTime,
    date: (iso, locale, timeZone) => dateTime(iso, locale, timeZone).split(', ').slice(0, 2).join(', '),
    formatted: () => Object.fromEntries(texts),
  };
}
