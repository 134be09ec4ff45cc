import type { DateContext } from './dates';
import { ERAS, type Era } from './eras';

/** The Gregorian years a year typed in some calendar covers: one, or two for a Solar Hijri year. */
export interface TypedYears {
  first: number;
  last: number;
  /** Whether the reader typed the year in the chosen calendar rather than the Gregorian. */
  inCalendar: boolean;
}

/** Latin digits for Persian (۱۹۸۵) and Arabic-Indic (١٩٨٥) ones; full-width (１９８５) too. */
function latinDigits(text: string): string {
  return text
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
}

/** "Shōwa", "showa", "昭和", "شووا": one key to compare names by. */
const nameKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '');

/** The era a year of the atlas is in (the one that began last on or before it). */
function eraOf(year: number): Era {
  return [...ERAS].reverse().find((era) => era.start <= year) ?? (ERAS[0] as Era);
}

/**
 * A year as the reader types it in the chosen calendar, as Gregorian years: "۱۳۵۸" with the
 * Solar Hijri is 1979–1980; "昭和54", "Shōwa 54" or, within the Shōwa era, "54" with the era
 * calendar is 1979. A Gregorian year is always understood too (the atlas's Solar Hijri and era
 * years never look like one). Null for anything else.
 */
export function typedYears(text: string, ctx: DateContext, shownYear: number): TypedYears | null {
  const typed = latinDigits(text.trim());
  const plain = /^(\d{1,4})$/.exec(typed);
  if (plain) {
    const value = Number(plain[1]);
    if (ctx.calendar === 'persian' && value < 1800) {
      return { first: value + 621, last: value + 622, inCalendar: true };
    }
    if (ctx.calendar === 'japanese' && value < 100) return eraYear(eraOf(shownYear), value);
    return { first: value, last: value, inCalendar: false };
  }
  if (ctx.calendar !== 'japanese' && ctx.locale !== 'ja') return null;
  const named = /^(\D+?)\s*(\d{1,2}|元)\s*年?$/.exec(typed);
  if (!named) return null;
  const [, name = '', number = ''] = named;
  const era = ERAS.find((e) => [ctx.t(e.key), e.intlName].map(nameKey).includes(nameKey(name)));
  return era ? eraYear(era, number === '元' ? 1 : Number(number)) : null;
}

/** Year `n` of `era`, if the era lasted that long. */
function eraYear(era: Era, n: number): TypedYears | null {
  const next = ERAS[ERAS.indexOf(era) + 1];
  const longest = next ? next.start - era.start + 1 : Number.POSITIVE_INFINITY;
  if (n < 1 || n > longest) return null;
  const year = era.start + n - 1;
  return { first: year, last: year, inCalendar: true };
}
