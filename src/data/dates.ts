import type { PartialDate } from './schema';

/**
 * Dates keep their real precision; these helpers never invent a missing month or day. Turning a
 * date into words, in a language and a calendar, is src/i18n/dates.ts's job alone.
 */

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function dateParts(date: PartialDate): DateParts {
  const [year, month, day] = date.split('-').map(Number);
  return {
    year: year ?? Number.NaN,
    ...(month !== undefined && { month }),
    ...(day !== undefined && { day }),
  };
}

export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/** Partial ISO dates sort correctly as strings: "1907" < "1907-02" < "1907-02-16" < "1908". */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A day as a partial date ("2026-11-23"), in the reader's own time zone. */
export function dayOf(date: Date): PartialDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
