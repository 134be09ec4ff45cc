import { useEffect, useState } from 'react';
import { activateLocale } from '../i18n/i18n';
import { LOCALE_INFO, type Locale } from '../i18n/locales';
import { useT } from '../ui/useT';
import { useAtlasStore } from '../state/store';

/**
 * Keeps the page in the reader's language: loads the catalog the store asks for, then sets
 * `<html lang dir>`, the title and the description. When a catalog cannot be loaded the page
 * stays in the language it has: `failed` names the one that failed, and `retry` asks again.
 */
export function useDocumentLanguage(): { failed: Locale | null; retry: () => void } {
  const wanted = useAtlasStore((s) => s.lang ?? s.browserLocale);
  const { t, locale } = useT();
  const [failed, setFailed] = useState<Locale | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    activateLocale(wanted).then(
      () => live && setFailed(null),
      () => live && setFailed(wanted),
    );
    return () => {
      live = false;
    };
  }, [wanted, attempt]);

  useEffect(() => {
    const html = document.documentElement;
    html.lang = locale;
    html.dir = LOCALE_INFO[locale].dir;
    document.title = t('app.title');
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute('content', t('app.description'));
  }, [locale, t]);

  return { failed, retry: () => setAttempt((n) => n + 1) };
}
