import { useEffect, useState } from 'react';
import { activateLocale } from '../i18n/i18n';
import { LOCALE_INFO, type Locale } from '../i18n/locales';
import { useT } from '../ui/useT';
import { useAtlasStore } from '../state/store';

/**
 * Keeps the page in the reader's language: loads the catalog the store asks for, then sets
 * `<html lang dir>`, the title and the description. When a catalog cannot be loaded the page
 * stays in the language it has, and the returned locale names the one that failed.
 */
export function useDocumentLanguage(): Locale | null {
  const wanted = useAtlasStore((s) => s.lang ?? s.browserLocale);
  const { t, locale } = useT();
  const [failed, setFailed] = useState<Locale | null>(null);

  useEffect(() => {
    let live = true;
    activateLocale(wanted).then(
      () => live && setFailed(null),
      () => live && setFailed(wanted),
    );
    return () => {
      live = false;
    };
  }, [wanted]);

  useEffect(() => {
    const html = document.documentElement;
    html.lang = locale;
    html.dir = LOCALE_INFO[locale].dir;
    document.title = t('app.title');
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute('content', t('app.description'));
  }, [locale, t]);

  return failed;
}
