import type { DatePoint, PartialDate } from './schema';

/** Dates keep their real precision; these helpers never invent a missing month or day. */

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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "16 February 1907", "November 1934", "1979". */
export function formatDate(date: PartialDate): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return String(year);
  const monthName = MONTHS[month - 1] ?? '';
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** "by August 1945", "late September 2022", "about 1991". */
export function formatDatePoint(point: DatePoint): string {
  const text = formatDate(point.date);
  return point.qualifier ? `${point.qualifier} ${text}` : text;
}

/** "9–15 April 1969", "21–22 January 2002", "1944–1945", or a single date. */
export function formatDateSpan(start: DatePoint, end?: PartialDate): string {
  if (end === undefined) return formatDatePoint(start);
  const a = dateParts(start.date);
  const b = dateParts(end);
  const prefix = start.qualifier ? `${start.qualifier} ` : '';
  if (a.year === b.year && a.month === b.month && a.day !== undefined && b.day !== undefined) {
    return `${prefix}${a.day}–${formatDate(end)}`;
  }
  return `${prefix}${formatDate(start.date)} – ${formatDate(end)}`;
}

/** A day as a partial date ("2026-11-23"), in the reader's own time zone. */
export function dayOf(date: Date): PartialDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
