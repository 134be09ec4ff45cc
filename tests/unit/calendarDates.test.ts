import { setupI18n } from '@lingui/core';
import en from 'virtual:catalog/en';
import faAF from 'virtual:catalog/fa-AF';
import ja from 'virtual:catalog/ja';
import ps from 'virtual:catalog/ps';
import { describe, expect, it } from 'vitest';
import {
  formatDatePoint,
  formatDateSpan,
  formatNumber,
  formatPartialDate,
  formatYearLabel,
  type DateContext,
} from '../../src/i18n/dates';
import type { Calendar, Locale } from '../../src/i18n/locales';
import { routeText } from '../../src/i18n/routeText';

const messages = { en, ja, 'fa-AF': faAF, ps };

/** Each language with its own catalog, as on the page. */
function ctx(locale: Locale, calendar: Calendar): DateContext {
  const i18n = setupI18n({ locale, messages: { [locale]: messages[locale] } });
  return { locale, calendar, t: (id, values) => i18n._(id, values) };
}

describe('one date in three calendars', () => {
  it('9 April 1969 = 20 Hamal 1348 = 昭和44年4月9日', () => {
    expect(formatPartialDate('1969-04-09', ctx('en', 'gregory'))).toBe('9 April 1969');
    expect(formatPartialDate('1969-04-09', ctx('en', 'persian'))).toBe(
      '20 Hamal 1348 (9 April 1969)',
    );
    expect(formatPartialDate('1969-04-09', ctx('fa-AF', 'persian'))).toBe(
      '۲۰ حمل ۱۳۴۸ (۹ اپریل ۱۹۶۹)',
    );
    // The era year first, the Gregorian beside it, the month and day once.
    expect(formatPartialDate('1969-04-09', ctx('ja', 'japanese'))).toBe('昭和44年（1969年）4月9日');
    expect(formatPartialDate('1969-04-09', ctx('ja', 'gregory'))).toBe('1969年（昭和44年）4月9日');
  });

  it('an era date with a qualifier, and one that spans two eras, say each part once', () => {
    const late2022 = { date: '2022-09', qualifier: 'late' as const };
    expect(formatDatePoint(late2022, ctx('ja', 'japanese'))).toBe('令和4年（2022年）9月下旬');
    expect(formatDatePoint(late2022, ctx('ja', 'gregory'))).toBe('2022年（令和4年）9月下旬');
    expect(formatPartialDate('2026-12-06', ctx('ja', 'japanese'))).toBe('令和8年（2026年）12月6日');
    expect(formatPartialDate('1989-01', ctx('ja', 'japanese'))).toBe(
      '昭和64年／平成元年（1989年）1月',
    );
  });

  it('15 August 2021 = 24 Asad 1400', () => {
    expect(formatPartialDate('2021-08-15', ctx('en', 'persian'))).toBe(
      '24 Asad 1400 (15 August 2021)',
    );
  });

  it('16 February 1907 is in 明治40年', () => {
    expect(formatPartialDate('1907-02-16', ctx('ja', 'gregory'))).toBe('1907年（明治40年）2月16日');
    expect(formatPartialDate('1907', ctx('ja', 'japanese'))).toBe('明治40年（1907年）');
  });

  it('turns a year into a span where the calendars disagree', () => {
    expect(formatPartialDate('1979', ctx('en', 'persian'))).toBe('1357–1358 (1979)');
    expect(formatPartialDate('1989', ctx('ja', 'gregory'))).toBe('1989年（昭和64年／平成元年）');
    expect(formatPartialDate('1926', ctx('ja', 'gregory'))).toBe('1926年（大正15年／昭和元年）');
    expect(formatPartialDate('1985', ctx('ja', 'gregory'))).toBe('1985年（昭和60年）');
  });

  it('puts each side of Nowruz in its own Solar Hijri year', () => {
    expect(formatPartialDate('2021-03-20', ctx('en', 'persian'))).toBe(
      '30 Hut 1399 (20 March 2021)',
    );
    expect(formatPartialDate('2021-03-21', ctx('en', 'persian'))).toBe(
      '1 Hamal 1400 (21 March 2021)',
    );
  });

  it('gives a Gregorian month the Solar Hijri months it covers', () => {
    expect(formatPartialDate('1934-11', ctx('en', 'persian'))).toBe(
      'Aqrab–Qaws 1313 (November 1934)',
    );
  });
});

describe('precision, qualifiers and spans', () => {
  const en = ctx('en', 'gregory');
  it('keeps the precision of the data', () => {
    expect(formatPartialDate('1979', en)).toBe('1979');
    expect(formatPartialDate('1934-11', en)).toBe('November 1934');
    expect(formatPartialDate('1907-02-16', en)).toBe('16 February 1907');
    expect(formatDateSpan({ date: '2016-08' }, undefined, en)).toBe('August 2016');
    expect(formatDatePoint({ date: '2022-09', qualifier: 'late' }, en)).toBe('late September 2022');
    expect(formatDatePoint({ date: '1945-08', qualifier: 'by' }, en)).toBe('by August 1945');
  });

  it('keeps a qualifier with the date it was said of where another calendar gives only a span', () => {
    const early1914 = { date: '1914', qualifier: 'early' } as const;
    expect(formatDatePoint(early1914, ctx('en', 'persian'))).toBe('1292–1293 (early 1914)');
    expect(formatDatePoint(early1914, ctx('fa-AF', 'persian'))).toBe('۱۲۹۲–۱۲۹۳ (اوایل ۱۹۱۴)');
    expect(formatDatePoint(early1914, ctx('ja', 'persian'))).toBe('1292年／1293年（1914年初め）');
    expect(formatDatePoint({ date: '2022-09', qualifier: 'late' }, ctx('en', 'persian'))).toBe(
      'Sunbula–Mizan 1401 (late September 2022)',
    );
    // One year of the era is one Gregorian year: the qualifier covers both, as before.
    expect(formatDatePoint(early1914, ctx('en', 'japanese'))).toBe('early Taishō 3 (1914)');
  });

  it('writes spans compactly within a month, in full across months', () => {
    expect(formatDateSpan({ date: '1969-04-09' }, '1969-04-15', en)).toBe('9–15 April 1969');
    expect(formatDateSpan({ date: '2010-06-16' }, '2010-06-20', en)).toBe('16–20 June 2010');
    expect(formatDateSpan({ date: '1944' }, '1945', en)).toBe('1944 – 1945');
    expect(formatDateSpan({ date: '2021-11-21' }, '2021-12-02', en)).toBe(
      '21 November 2021 – 2 December 2021',
    );
    expect(formatDateSpan({ date: '1969-04-09' }, '1969-04-15', ctx('fa-AF', 'persian'))).toBe(
      '۲۰–۲۶ حمل ۱۳۴۸ (۹–۱۵ اپریل ۱۹۶۹)',
    );
    expect(formatDateSpan({ date: '1969-04-09' }, '1969-04-15', ctx('ja', 'gregory'))).toBe(
      '1969年（昭和44年）4月9日～15日',
    );
  });

  it('labels the slider with the chosen calendar too', () => {
    expect(formatYearLabel(1985, en)).toBe('1985');
    // The reader's calendar leads, the Gregorian beside it.
    expect(formatYearLabel(1985, ctx('en', 'persian'))).toBe('1363–1364 · 1985');
    expect(formatYearLabel(1985, ctx('fa-AF', 'persian'))).toBe('۱۳۶۳–۱۳۶۴ (۱۹۸۵)');
    expect(formatYearLabel(1985, ctx('ps', 'persian'))).toBe('۱۳۶۳–۱۳۶۴ (۱۹۸۵)');
    expect(formatYearLabel(1985, ctx('ja', 'japanese'))).toMatch(/^昭和60年.*1985$/);
    expect(formatYearLabel(1989, ctx('ja', 'gregory'))).toBe('1989 · 昭和64年／平成元年');
  });

  it('writes Pashto dates with Pashto month names and digits, and qualifiers as phrases', () => {
    expect(formatPartialDate('1969-04-09', ctx('ps', 'persian'))).toBe(
      '۲۰ وری ۱۳۴۸ (۹ اپرېل ۱۹۶۹)',
    );
    expect(formatDatePoint({ date: '2022-09', qualifier: 'late' }, ctx('ja', 'gregory'))).toBe(
      '2022年（令和4年）9月下旬',
    );
    expect(formatDatePoint({ date: '1945-08', qualifier: 'by' }, ctx('fa-AF', 'gregory'))).toBe(
      'حداکثر تا اگست ۱۹۴۵',
    );
  });

  it('writes numbers in each language’s digits', () => {
    expect(formatNumber(1985, 'fa-AF')).toBe('۱۹۸۵');
    expect(formatNumber(1985, 'ps')).toBe('۱۹۸۵');
    expect(formatNumber(1985, 'ja')).toBe('1985');
  });
});

describe('a journey’s places', () => {
  it('are joined by an arrow that points the way the language reads', () => {
    expect(routeText(['Kabul', 'Tokyo', 'Bamiyan'], ctx('en', 'gregory').t)).toBe(
      'Kabul → Tokyo → Bamiyan',
    );
    // Right to left: Kabul stands on the right, and the arrow points away from it.
    expect(routeText(['کابل', 'توکیو'], ctx('fa-AF', 'persian').t)).toBe('کابل ← توکیو');
    expect(routeText(['کابل', 'توکیو'], ctx('ps', 'persian').t)).toBe('کابل ← توکیو');
    expect(routeText(['東京'], ctx('ja', 'gregory').t)).toBe('東京');
  });
});

describe('Japanese eras', () => {
  it('are named from the catalogs, in the script of the language around them', () => {
    // Chromium has Dari names for Heisei and Reiwa only and Pashto names for none: "Shōwa ۴۴".
    expect(formatPartialDate('1969-04-09', ctx('fa-AF', 'japanese'))).toBe(
      '۹ اپریل شووا ۴۴ (۹ اپریل ۱۹۶۹)',
    );
    // Pashto writes a final i with ي (a final ی reads "ay").
    expect(formatYearLabel(1989, ctx('ps', 'japanese'))).toBe('شووا ۶۴/هیسي ۱ (۱۹۸۹)');
    expect(formatPartialDate('1912', ctx('en', 'japanese'))).toBe('Meiji 45/Taishō 1 (1912)');
    expect(formatPartialDate('1912', ctx('ja', 'japanese'))).toBe('明治45年／大正元年（1912年）');
  });
});
