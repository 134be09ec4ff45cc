import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadChecks } from '../data/load';
import { activateLocale } from '../i18n/i18n';
import { isLocale, negotiateLocale } from '../i18n/locales';
import { useAtlasStore } from '../state/store';
import { AppProviders } from './AppProviders';

/** Starts a page of the atlas (the full atlas, or embed.html) in the reader's language. */
export async function boot(page: ReactNode): Promise<void> {
  preloadChecks();

  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root element');

  // The page's language before its first paint, so a reader of Japanese, Dari or Pashto never sees
  // English first: the link's `lang`, else the browser's languages. (The URL is read in full, and
  // checked, once the data is in; here only this one value matters.)
  const browserLocale = negotiateLocale(navigator.languages ?? [navigator.language]);
  const linked = new URLSearchParams(window.location.search).get('lang');
  const lang = linked && isLocale(linked) ? linked : null;
  // The store starts in that language too, so even a page that never gets its data (and so never
  // reads the rest of the URL) stays in it.
  useAtlasStore.setState({ browserLocale, lang });
  // A catalog that fails to load leaves English; the app says so once it has rendered.
  await activateLocale(lang ?? browserLocale).catch(() => undefined);

  createRoot(root).render(
    <StrictMode>
      <AppProviders>{page}</AppProviders>
    </StrictMode>,
  );
}
