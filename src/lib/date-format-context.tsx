import { createContext, useContext, type ReactNode } from 'react';
import { createDateFormat, type DateFormat } from './format-date';

// Without a provider (a component on its own), dates are simply formatted.
const DateFormatContext = createContext<DateFormat>(createDateFormat());

type DateFormatProviderProps = { dates: DateFormat; children: ReactNode };

/** The server gives each render its own; the browser one per app, seeded with the server's dates. */
export function DateFormatProvider({ dates, children }: DateFormatProviderProps) {
  return <DateFormatContext.Provider value={dates}>{children}</DateFormatContext.Provider>;
}

export const useDateFormat = (): DateFormat => useContext(DateFormatContext);
