import { CALENDARS, LOCALE_INFO, LOCALES, isCalendar, isLocale } from '../i18n/locales';
import { useT } from '../ui/useT';
import { useAtlasStore } from '../state/store';

/**
 * The language (each named in itself: English, 日本語, دری, پښتو) and the calendar, as native
 * selects: keyboard and screen readers work as everywhere else. Either choice keeps the view and
 * pushes a history entry.
 */
export function LanguageSettings() {
  const { t, locale, calendar } = useT();
  const setLanguage = useAtlasStore((s) => s.setLanguage);
  const setCalendar = useAtlasStore((s) => s.setCalendar);
  return (
    <div className="settings">
      <label>
        <span>{t('settings.language')}</span>
        <select
          value={locale}
          onChange={(e) => isLocale(e.target.value) && setLanguage(e.target.value)}
        >
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code} dir={LOCALE_INFO[code].dir}>
              {LOCALE_INFO[code].name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('settings.calendar')}</span>
        <select
          value={calendar}
          onChange={(e) => isCalendar(e.target.value) && setCalendar(e.target.value)}
        >
          {CALENDARS.map((code) => (
            <option key={code} value={code}>
              {t(`calendar.${code}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
