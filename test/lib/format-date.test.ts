import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDateFormat } from '../../src/lib/format-date';

// The server sends the dates it formatted with the page; the browser shows exactly those and, for them, never
// creates an Intl.DateTimeFormat (whose locale data is a long task on a slow phone).

afterEach(() => vi.restoreAllMocks());

describe('dates formatted on the server', () => {
  it('are recorded by the render that formatted them, and by no other', () => {
    const first = createDateFormat();
    const second = createDateFormat();
    expect(first.date('2025-11-20T20:04:00Z', 'en-US', 'America/Bogota')).toBe('November 20, 2025');
    expect(first.formatted()).toEqual({
      'en-US|America/Bogota|2025-11-20T20:04:00Z': 'November 20, 2025, 3:04 PM GMT-5',
    });
    expect(second.formatted()).toEqual({});
  });

  it('are shown as sent, without creating a formatter, in both the long and short forms', () => {
    const created = vi.spyOn(Intl, 'DateTimeFormat');
    const dates = createDateFormat({ 'en-GB|Europe/London|2024-02-01T09:30:00Z': 'February 1, 2024, 9:30 AM GMT' });
    expect(dates.dateTime('2024-02-01T09:30:00Z', 'en-GB', 'Europe/London')).toBe('February 1, 2024, 9:30 AM GMT');
    expect(dates.date('2024-02-01T09:30:00Z', 'en-GB', 'Europe/London')).toBe('February 1, 2024');
    expect(created).not.toHaveBeenCalled();
  });

  it('other dates are still formatted in the browser', () => {
    const dates = createDateFormat({ 'en-GB|Europe/London|2024-02-01T09:30:00Z': 'February 1, 2024, 9:30 AM GMT' });
    expect(dates.dateTime('2024-07-04T16:00:00Z', 'en-US', 'America/New_York')).toBe('July 4, 2024, 12:00 PM EDT');
  });
});
