import { setupI18n } from '@lingui/core';
import en from 'virtual:catalog/en';
import faAF from 'virtual:catalog/fa-AF';
import ja from 'virtual:catalog/ja';
import { describe, expect, it } from 'vitest';
import type { DateContext } from '../../src/i18n/dates';
import type { Calendar, Locale } from '../../src/i18n/locales';
import { typedYears } from '../../src/i18n/typedYear';

const messages = { en, ja, 'fa-AF': faAF, ps: en };
function ctx(locale: Locale, calendar: Calendar): DateContext {
  const i18n = setupI18n({ locale, messages: { [locale]: messages[locale] } });
  return { locale, calendar, t: (id, values) => i18n._(id, values) };
}

describe('a year typed in the reader’s calendar', () => {
  it('۱۳۵۸ with the Solar Hijri is 1979–1980, in any digits', () => {
    const years = { first: 1979, last: 1980, inCalendar: true };
    expect(typedYears('۱۳۵۸', ctx('fa-AF', 'persian'), 2026)).toEqual(years);
    expect(typedYears('1358', ctx('en', 'persian'), 2026)).toEqual(years);
    expect(typedYears(' ١٣٥٨ ', ctx('ps', 'persian'), 2026)).toEqual(years);
  });

  it('a Gregorian year is still understood with another calendar chosen', () => {
    expect(typedYears('۱۹۷۹', ctx('fa-AF', 'persian'), 2026)).toEqual({
      first: 1979,
      last: 1979,
      inCalendar: false,
    });
    expect(typedYears('1979', ctx('ja', 'japanese'), 2026)?.first).toBe(1979);
    expect(typedYears('1979', ctx('en', 'gregory'), 2026)?.inCalendar).toBe(false);
  });

  it('昭和54, Shōwa 54, and 54 within Shōwa are 1979', () => {
    const years = { first: 1979, last: 1979, inCalendar: true };
    expect(typedYears('昭和54', ctx('ja', 'japanese'), 2026)).toEqual(years);
    expect(typedYears('昭和54年', ctx('ja', 'japanese'), 2026)).toEqual(years);
    expect(typedYears('昭和５４年', ctx('ja', 'gregory'), 2026)).toEqual(years);
    expect(typedYears('Shōwa 54', ctx('en', 'japanese'), 2026)).toEqual(years);
    expect(typedYears('showa 54', ctx('en', 'japanese'), 2026)).toEqual(years);
    expect(typedYears('54', ctx('ja', 'japanese'), 1985)).toEqual(years);
    expect(typedYears('شووا ۵۴', ctx('fa-AF', 'japanese'), 2026)).toEqual(years);
  });

  it('平成元年 is 1989; a year an era never had is refused', () => {
    expect(typedYears('平成元年', ctx('ja', 'japanese'), 2026)?.first).toBe(1989);
    expect(typedYears('令和1', ctx('ja', 'japanese'), 2026)?.first).toBe(2019);
    expect(typedYears('大正16', ctx('ja', 'japanese'), 2026)).toBeNull();
    expect(typedYears('昭和0', ctx('ja', 'japanese'), 2026)).toBeNull();
    expect(typedYears('天平5', ctx('ja', 'japanese'), 2026)).toBeNull();
  });

  it('refuses what is not a year', () => {
    expect(typedYears('', ctx('en', 'gregory'), 2026)).toBeNull();
    expect(typedYears('19a5', ctx('en', 'gregory'), 2026)).toBeNull();
    expect(typedYears('Shōwa 54', ctx('en', 'gregory'), 2026)).toBeNull();
  });
});
