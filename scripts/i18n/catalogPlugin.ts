import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

/**
 * Message catalogs are written as ICU MessageFormat strings in `src/i18n/catalogs/<locale>.json`
 * and imported as `virtual:catalog/<locale>`: this plugin compiles them at build time, so the
 * page ships Lingui's small runtime and no message parser. Each catalog is its own module, so
 * `import('virtual:catalog/ja')` becomes its own chunk.
 */
const PREFIX = 'virtual:catalog/';
const RESOLVED = '\0catalog:';
/**
 * English messages that only code loaded on demand uses ship with that code, as
 * `virtual:catalog/en/<part>`, not with the page: the map's words with the map chunk, the Cite and
 * Download dialogs' with them. (Other languages' catalogs load on demand whole.)
 */
export const ON_DEMAND: Readonly<Record<string, RegExp>> = {
  map: /^(legend|route|marker|chooser)\.|^map\.(?!loadFailed$|loading$)/,
  tools: /^(cite|download|eventType)\.(?!button$|heading$|close$)/,
};
const partOf = (key: string) =>
  Object.keys(ON_DEMAND).find((part) => ON_DEMAND[part]?.test(key)) ?? null;

export function catalogFile(locale: string): string {
  if (!/^[a-z]{2}(-[A-Z]{2})?$/.test(locale)) throw new Error(`not a locale: ${locale}`);
  return fileURLToPath(new URL(`../../src/i18n/catalogs/${locale}.json`, import.meta.url));
}

export function compileCatalog(messages: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(messages).map(([id, message]) => [id, compileMessage(message)]),
  );
}

export function messageCatalogs(): Plugin {
  return {
    name: 'atlas-message-catalogs',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const [locale = '', part = null] = id.slice(RESOLVED.length).split('/');
      if (part !== null && (locale !== 'en' || !(part in ON_DEMAND))) {
        throw new Error(`no such catalog part: ${locale}/${part}`);
      }
      const file = catalogFile(locale);
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      // English is split: what the page needs, and each part that code loaded on demand needs.
      const messages =
        locale === 'en'
          ? Object.fromEntries(Object.entries(all).filter(([key]) => partOf(key) === part))
          : all;
      return `export default ${JSON.stringify(compileCatalog(messages))};`;
    },
  };
}
