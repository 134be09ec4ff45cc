import { useMemo, useSyncExternalStore } from 'react';
import { useAtlasStore } from '../state/store';
import type { DateContext } from '../i18n/dates';
import { i18n } from '../i18n/i18n';
import { LOCALE_INFO, type Locale } from '../i18n/locales';
import type { Translate } from '../i18n/messages';

export interface Translation extends DateContext {
  t: Translate;
}

const subscribe = (onChange: () => void) => i18n.on('change', onChange);
const activeLocale = () => i18n.locale as Locale;

/**
 * Messages and date settings for a component, in the language the page is in now (the active
 * catalog, which follows a switch once the new catalog has arrived) and the reader's calendar.
 * Re-renders when either changes.
 */
export function useT(): Translation {
  const locale = useSyncExternalStore(subscribe, activeLocale);
  const chosen = useAtlasStore((s) => s.calendar);
  const calendar = chosen ?? LOCALE_INFO[locale].calendar;
  return useMemo(() => {
    const t: Translate = (id, values) => i18n._(id, values);
    return { t, locale, calendar };
  }, [locale, calendar]);
}
