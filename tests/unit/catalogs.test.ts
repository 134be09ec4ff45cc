import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';

const catalog = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(resolve(process.cwd(), `src/i18n/catalogs/${locale}.json`), 'utf8'));

const english = catalog('en');
const FORMATS = new Set(['plural', 'select', 'selectordinal', 'number', 'date', 'time']);

/** The placeholders a message fills: {name}, and the argument of a plural. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  // A compiled message is a list of parts: text, or an argument [name] / [name, format, options]
  // whose options hold more lists of parts (the branches of a plural).
  const parts = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const part of list) {
      if (!Array.isArray(part) || typeof part[0] !== 'string') continue;
      names.add(part[0]);
      if (
        typeof part[1] === 'string' &&
        FORMATS.has(part[1]) &&
        part[2] &&
        typeof part[2] === 'object'
      ) {
        Object.values(part[2]).forEach(parts);
      }
    }
  };
  const compiled = compileMessage(message);
  parts(Array.isArray(compiled) ? compiled : [compiled]);
  return [...names].sort();
}

describe.each(LOCALES.filter((l) => l !== 'en'))('the %s catalog', (locale) => {
  const messages = catalog(locale);

  it('has every English message and no other (a missing key is an error, not English)', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it('fills the same placeholders as the English in every message', () => {
    for (const [id, message] of Object.entries(english)) {
      expect(placeholders(messages[id] ?? ''), `${locale} ${id}`).toEqual(placeholders(message));
    }
  });

  it('is really translated: no message equals its English, apart from names and symbols', () => {
    // Names of citation styles, the same in every language.
    const names = new Set(['cite.style.apa', 'cite.style.bibtex']);
    const same = Object.entries(english).filter(
      ([id, message]) =>
        !names.has(id) &&
        messages[id] === message &&
        /\p{L}{3,}/u.test(message.replace(/\{[^}]*\}/g, '')),
    );
    expect(same.map(([id]) => id)).toEqual([]);
  });
});

describe('the English catalog', () => {
  it('compiles, every message', () => {
    for (const [id, message] of Object.entries(english)) {
      expect(() => compileMessage(message), id).not.toThrow();
    }
  });
});

describe('the placeholder check itself', () => {
  it('finds plain and plural placeholders, and notices one that is missing', () => {
    expect(placeholders('{a} and {count, plural, one {# x {b}} other {# y}}')).toEqual([
      'a',
      'b',
      'count',
    ]);
    expect(placeholders('Hello {name}')).not.toEqual(placeholders('Hello'));
  });
});
