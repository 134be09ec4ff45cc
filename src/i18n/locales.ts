/**
 * The languages and calendars the atlas speaks, and how a reader's language is chosen. Public
 * (links depend on them): the `lang` values en, ja, fa-AF, ps and the `calendar` values gregory,
 * persian, japanese.
 */
export const LOCALES = ['en', 'ja', 'fa-AF', 'ps'] as const;
export type Locale = (typeof LOCALES)[number];

export const CALENDARS = ['gregory', 'persian', 'japanese'] as const;
export type Calendar = (typeof CALENDARS)[number];

export interface LocaleInfo {
  /** The language's name in itself, for the switcher. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The calendar a reader of this language sees unless they choose another. */
  calendar: Calendar;
  /**
   * The digits it is written with (a Unicode numbering system), named rather than left to the
   * browser: Chromium has no Pashto number data and would fall back to Latin digits.
   */
  digits: 'latn' | 'arabext';
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { name: 'English', dir: 'ltr', calendar: 'gregory', digits: 'latn' },
  ja: { name: '日本語', dir: 'ltr', calendar: 'gregory', digits: 'latn' },
  'fa-AF': { name: 'دری', dir: 'rtl', calendar: 'persian', digits: 'arabext' },
  ps: { name: 'پښتو', dir: 'rtl', calendar: 'persian', digits: 'arabext' },
};

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function isCalendar(value: string): value is Calendar {
  return (CALENDARS as readonly string[]).includes(value);
}

/**
 * The first of the browser's languages the atlas speaks: ja* → ja, fa* or prs* (Dari) → fa-AF,
 * ps* → ps, en* → en; English when none matches.
 */
export function negotiateLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (primary === 'ja') return 'ja';
    if (primary === 'fa' || primary === 'prs') return 'fa-AF';
    if (primary === 'ps' || primary === 'pbt' || primary === 'pbu') return 'ps';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
