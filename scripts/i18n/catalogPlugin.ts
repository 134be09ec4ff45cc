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
      const file = catalogFile(id.slice(RESOLVED.length));
      this.addWatchFile(file);
      const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      return `export default ${JSON.stringify(compileCatalog(messages))};`;
    },
  };
}
