import { setupI18n, type Messages } from '@lingui/core';
import en from 'virtual:catalog/en';
import type { Locale } from './locales';

/**
 * The page's one Lingui instance. English, the source catalog, ships with the page; the other
 * catalogs are chunks of their own, loaded when a reader needs them.
 */
export const i18n = setupI18n({ locale: 'en', messages: { en } });

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>> = {
  ja: () => import('virtual:catalog/ja'),
  'fa-AF': () => import('virtual:catalog/fa-AF'),
  ps: () => import('virtual:catalog/ps'),
};

const loaded = new Set<Locale>(['en']);
/** The language asked for last: a catalog that arrives after a later choice is kept, not shown. */
let latest: Locale = 'en';

/**
 * Loads a language's catalog (once) and makes it the page's language, unless another language was
 * asked for meanwhile. Rejects when the catalog cannot be loaded: the page then stays in the
 * language it had, and the caller says why.
 */
export async function activateLocale(locale: Locale): Promise<void> {
  latest = locale;
  if (!loaded.has(locale) && locale !== 'en') {
    const { default: messages } = await loaders[locale]();
    i18n.load(locale, messages);
    loaded.add(locale);
  }
  if (latest === locale) i18n.activate(locale);
}
