import { dateParts } from '../data/dates';
import type { DatePoint, PartialDate } from '../data/schema';
import { LOCALE_INFO, type Calendar, type Locale } from './locales';
import type { MessageId, Translate } from './messages';
import { ERAS } from './eras';

/**
 * The one place dates become words. Built on Intl.DateTimeFormat; keeps each date's real
 * precision (a year, a month, a day, a span, with "by", "about", "late" … as phrases of the
 * language) and shows it in the reader's calendar: Gregorian, Solar Hijri (`persian`, with the
 * Afghan month names Hamal, Sawr … in English) or Japanese era. Where a calendar other than the
 * Gregorian leads, the Gregorian date stands beside it; Japanese readers see the era beside the
 * Gregorian year by default. A year alone becomes a span where the calendars disagree
 * (1979 → 1357–1358; 1989 → 昭和64年／平成元年).
 */
export interface DateContext {
  locale: Locale;
  calendar: Calendar;
  t: Translate;
}

type Precision = 'year' | 'month' | 'day';

/** A day in some calendar, as numbers; `era` by its English name (Japanese calendar only). */
interface CalendarDay {
  era: string;
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Noon UTC, so no time zone moves the day. */
const utc = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day, 12));

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toCalendar(date: Date, calendar: Calendar): CalendarDay {
  const numeric = cached(
    `n:${calendar}`,
    () =>
      new Intl.DateTimeFormat('en-u-nu-latn', {
        calendar,
        timeZone: 'UTC',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        ...(calendar === 'japanese' && { era: 'long' }),
      }),
  ) as Intl.DateTimeFormat;
  const parts = numeric.formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const era = calendar === 'japanese' ? (parts.find((p) => p.type === 'era')?.value ?? '') : '';
  return { era, year: part('year'), month: part('month'), day: part('day') };
}

/** The eras' catalog keys by the English names Intl gives them. */
const ERA_KEYS: ReadonlyMap<string, MessageId> = new Map(
  ERAS.map((era) => [era.intlName, era.key]),
);

/**
 * An era's name from the catalogs, like the month names: Chromium has Dari names for only the last
 * two eras and Pashto names for none, and wrote "Shōwa ۴۴" in Perso-Arabic text.
 */
function eraName(era: string, { t }: DateContext): string {
  const key = ERA_KEYS.get(era);
  return key ? t(key) : era;
}

/** Digits as the language writes them (۱۹۸۵ in Dari and Pashto), never grouped. */
export function formatNumber(value: number, locale: Locale): string {
  return (
    cached(
      `d:${locale}`,
      () =>
        new Intl.NumberFormat(locale, {
          useGrouping: false,
          numberingSystem: LOCALE_INFO[locale].digits,
        }),
    ) as Intl.NumberFormat
  ).format(value);
}

/**
 * Month names come from the catalogs, not from Intl: browsers ship locale data unevenly (Chromium
 * has no Pashto month names and would fall back to the Iranian ones in English), and Afghan
 * English uses Hamal, Sawr … rather than Farvardin.
 */
function monthName(month: number, calendar: 'gregory' | 'persian', { t }: DateContext): string {
  return t(`${calendar}.month.${month}` as MessageId);
}

/** A day or a run of days ("9–15") in the language's digits. */
type Days = number | [number, number];

function dayText(days: Days, locale: Locale): string {
  return typeof days === 'number'
    ? formatNumber(days, locale)
    : `${formatNumber(days[0], locale)}–${formatNumber(days[1], locale)}`;
}

/** One calendar's text for a date at a precision. Japanese is written Y年M月D日 in every calendar. */
function calendarText(
  calendar: Calendar,
  day: CalendarDay,
  precision: Precision,
  days: Days,
  ctx: DateContext,
): string {
  const { locale } = ctx;
  const n = (v: number) => formatNumber(v, locale);
  if (locale === 'ja') {
    const year =
      calendar === 'japanese'
        ? `${eraName(day.era, ctx)}${day.year === 1 ? '元' : n(day.year)}年`
        : `${n(day.year)}年`;
    if (precision === 'year') return year;
    const month = `${year}${n(day.month)}月`;
    if (precision === 'month') return month;
    return typeof days === 'number'
      ? `${month}${n(days)}日`
      : `${month}${n(days[0])}日～${n(days[1])}日`;
  }
  const year = calendar === 'japanese' ? `${eraName(day.era, ctx)} ${n(day.year)}` : n(day.year);
  if (precision === 'year') return year;
  const month = `${monthName(day.month, calendar === 'persian' ? 'persian' : 'gregory', ctx)} ${year}`;
  return precision === 'month' ? month : `${dayText(days, locale)} ${month}`;
}

/** The Japanese era year(s) of a Gregorian year or month: "昭和64年／平成元年" where two meet. */
function eraYears(first: Date, last: Date, ctx: DateContext): string {
  const a = calendarText('japanese', toCalendar(first, 'japanese'), 'year', 0, ctx);
  const b = calendarText('japanese', toCalendar(last, 'japanese'), 'year', 0, ctx);
  return a === b ? a : ctx.t('date.or', { first: a, second: b });
}

/** The first and last day a partial date covers, and its precision. */
function bounds(date: PartialDate): { first: Date; last: Date; precision: Precision } {
  const { year, month, day } = dateParts(date);
  if (month === undefined)
    return { first: utc(year, 1, 1), last: utc(year, 12, 31), precision: 'year' };
  if (day === undefined) {
    return {
      first: utc(year, month, 1),
      last: utc(year, month, lastDayOfMonth(year, month)),
      precision: 'month',
    };
  }
  return { first: utc(year, month, day), last: utc(year, month, day), precision: 'day' };
}

/**
 * A date in one calendar: a single text where the date falls in one year/month of that calendar,
 * else the span it covers there ("1357–1358", "Aqrab–Qaws 1313").
 */
function inCalendar(
  calendar: Calendar,
  start: Date,
  end: Date,
  precision: Precision,
  ctx: DateContext,
): string {
  const a = toCalendar(start, calendar);
  const b = toCalendar(end, calendar);
  const sameYear = a.year === b.year && a.era === b.era;
  const sameMonth = sameYear && a.month === b.month;
  if (precision === 'day') {
    if (start.getTime() === end.getTime()) return calendarText(calendar, a, 'day', a.day, ctx);
    if (sameMonth) return calendarText(calendar, a, 'day', [a.day, b.day], ctx);
    return ctx.t('date.range', {
      start: calendarText(calendar, a, 'day', a.day, ctx),
      end: calendarText(calendar, b, 'day', b.day, ctx),
    });
  }
  if (precision === 'month' && sameMonth) return calendarText(calendar, a, 'month', 0, ctx);
  if (precision === 'year' && sameYear) return calendarText(calendar, a, 'year', 0, ctx);
  if (precision === 'year' && calendar !== 'japanese' && ctx.locale !== 'ja') {
    return `${formatNumber(a.year, ctx.locale)}–${formatNumber(b.year, ctx.locale)}`;
  }
  if (precision === 'year')
    return ctx.t('date.or', {
      first: calendarText(calendar, a, 'year', 0, ctx),
      second: calendarText(calendar, b, 'year', 0, ctx),
    });
  if (sameYear && ctx.locale !== 'ja') {
    const year = calendarText(calendar, a, 'year', 0, ctx);
    const names = (m: number) => monthName(m, calendar === 'persian' ? 'persian' : 'gregory', ctx);
    return `${names(a.month)}–${names(b.month)} ${year}`;
  }
  return ctx.t('date.range', {
    start: calendarText(calendar, a, 'month', 0, ctx),
    end: calendarText(calendar, b, 'month', 0, ctx),
  });
}

/**
 * A date in Japanese with both years and the month and day once: the Gregorian year first with
 * the era year beside it, Japanese readers' default ("1969年（昭和44年）4月9日"), or, with the era
 * calendar chosen, the era year first ("昭和44年（1969年）4月9日"). The two calendars share months
 * and days, so the whole date is never said twice.
 */
function japaneseDate(
  eraFirst: boolean,
  start: Date,
  end: Date,
  precision: Precision,
  ctx: DateContext,
): string {
  const n = (v: number) => formatNumber(v, ctx.locale);
  const g = toCalendar(start, 'gregory');
  const h = toCalendar(end, 'gregory');
  const gregorianYear = `${n(g.year)}年`;
  const eraYear = eraYears(start, end, ctx);
  const years = eraFirst ? `${eraYear}（${gregorianYear}）` : `${gregorianYear}（${eraYear}）`;
  if (precision === 'year') return years;
  if (precision === 'month') return `${years}${n(g.month)}月`;
  if (g.year !== h.year || g.month !== h.month) {
    return ctx.t('date.range', {
      start: japaneseDate(eraFirst, start, start, 'day', ctx),
      end: japaneseDate(eraFirst, end, end, 'day', ctx),
    });
  }
  const days = g.day === h.day ? `${n(g.day)}日` : `${n(g.day)}日～${n(h.day)}日`;
  return `${years}${n(g.month)}月${days}`;
}

/** Whether `start`–`end` is one year, month or day of `calendar`, at that precision. */
function oneUnit(calendar: Calendar, start: Date, end: Date, precision: Precision): boolean {
  const a = toCalendar(start, calendar);
  const b = toCalendar(end, calendar);
  const sameYear = a.year === b.year && a.era === b.era;
  if (precision === 'year') return sameYear;
  if (precision === 'month') return sameYear && a.month === b.month;
  return start.getTime() === end.getTime();
}

/**
 * A date (or the run from `start` to `end`) in the reader's calendar, with the Gregorian beside
 * it; a qualifier ("early", "by" …) says how the source dated it. Where the reader's calendar
 * can give only the span around that date (early 1914 falls in 1292–1293 of the Solar Hijri,
 * not in "early 1292–1293"), the qualifier stays with the Gregorian date it was said of.
 */
function render(
  start: Date,
  end: Date,
  precision: Precision,
  ctx: DateContext,
  qualifier?: DatePoint['qualifier'],
): string {
  if (ctx.locale === 'ja' && ctx.calendar !== 'persian') {
    return qualified(
      japaneseDate(ctx.calendar === 'japanese', start, end, precision, ctx),
      qualifier,
      ctx,
    );
  }
  if (ctx.calendar === 'gregory') {
    return qualified(inCalendar('gregory', start, end, precision, ctx), qualifier, ctx);
  }
  const main = inCalendar(ctx.calendar, start, end, precision, ctx);
  const other = inCalendar('gregory', start, end, precision, ctx);
  if (qualifier && !oneUnit(ctx.calendar, start, end, precision)) {
    return ctx.t('date.beside', { main, other: qualified(other, qualifier, ctx) });
  }
  return qualified(ctx.t('date.beside', { main, other }), qualifier, ctx);
}

/** "16 February 1907", "November 1934", "1979"; or "۲۷ دلو ۱۲۸۵ (۱۶ فبروری ۱۹۰۷)" in Dari. */
export function formatPartialDate(date: PartialDate, ctx: DateContext): string {
  const { first, last, precision } = bounds(date);
  return render(first, last, precision, ctx);
}

function qualified(text: string, qualifier: DatePoint['qualifier'], ctx: DateContext): string {
  return qualifier ? ctx.t(`date.${qualifier}`, { date: text }) : text;
}

/** "by August 1945", "late September 2022", "about 1991", in each language's own phrasing. */
export function formatDatePoint(point: DatePoint, ctx: DateContext): string {
  const { first, last, precision } = bounds(point.date);
  return render(first, last, precision, ctx, point.qualifier);
}

/** "9–15 April 1969", "21–22 January 2002", "1944 – 1945", or a single date. */
export function formatDateSpan(
  start: DatePoint,
  end: PartialDate | undefined,
  ctx: DateContext,
): string {
  if (end === undefined) return formatDatePoint(start, ctx);
  const a = bounds(start.date);
  const b = bounds(end);
  const text =
    a.precision === 'day' && b.precision === 'day'
      ? render(a.first, b.first, 'day', ctx)
      : ctx.t('date.range', {
          start: formatPartialDate(start.date, ctx),
          end: formatPartialDate(end, ctx),
        });
  return qualified(text, start.qualifier, ctx);
}

/**
 * The slider's big label, its ends and its spoken value: the year in the reader's calendar first,
 * with the Gregorian beside it ("1363–1364 · 1985", "۱۳۶۳–۱۳۶۴ (۱۹۸۵)", "昭和60年 · 1985"); the
 * Gregorian alone where it is the reader's calendar, with the era beside it for Japanese readers
 * ("1985 · 昭和60年").
 */
export function formatYearLabel(year: number, ctx: DateContext): string {
  const gregorian = formatNumber(year, ctx.locale);
  const first = utc(year, 1, 1);
  const last = utc(year, 12, 31);
  if (ctx.calendar === 'gregory' && ctx.locale !== 'ja') return gregorian;
  // "·" beside Persian digits reads as a zero (۰): Dari and Pashto put the other year in brackets.
  if (ctx.calendar === 'gregory') {
    return ctx.t('date.yearBeside', { year: gregorian, other: eraYears(first, last, ctx) });
  }
  const chosen = inCalendar(ctx.calendar, first, last, 'year', ctx);
  return ctx.t('date.yearBeside', { year: chosen, other: gregorian });
}
