import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const english = JSON.parse(readFileSync('src/i18n/catalogs/en.json', 'utf8')) as Record<
  string,
  string
>;

/**
 * The English catalog's fixed wording: each message cut at its placeholders. Kept where a piece
 * is unmistakably English prose (two words or more, or one long word), so that a name or a
 * symbol shared by every language does not count.
 */
export const ENGLISH = [
  ...new Set(
    Object.values(english).flatMap((message) =>
      message
        .replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '\u0000')
        .split('\u0000')
        .map((piece) => piece.replace(/^[\s,.:;()…“”–-]+|[\s,.:;()…“”–-]+$/g, ''))
        .filter((piece) => {
          const words = piece.split(/\s+/).filter((w) => /[A-Za-z]{2}/.test(w));
          return words.length >= 2 || (words.length === 1 && /^[A-Za-z’']{6,}$/.test(piece));
        }),
    ),
  ),
];

/** Everything a reader sees or hears on the page: visible text, names, tooltips, values. */
export async function readerTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Source titles and publishers stay as published; a closed "Technical detail" is not shown.
      if (!parent || parent.closest('cite, code, script, style')) continue;
      if (!parent.checkVisibility()) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [aria-valuetext]')) {
      if (!(el as HTMLElement).checkVisibility?.() && el.closest('[hidden]')) continue;
      for (const name of ['aria-label', 'title', 'alt', 'aria-valuetext']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

export async function expectNoEnglish(page: Page, where: string) {
  const texts = (await readerTexts(page)).join('\n');
  const found = ENGLISH.filter((piece) => texts.includes(piece));
  expect(found, `English catalog text on ${where}`).toEqual([]);
}

/** The languages besides English, with what each page must show. */
export const LANGUAGES = [
  { lang: 'ja', dir: 'ltr', title: 'アフガニスタン・日本関係アトラス', slider: '年' },
  { lang: 'fa-AF', dir: 'rtl', title: 'اطلس روابط افغانستان و جاپان', slider: 'سال' },
  { lang: 'ps', dir: 'rtl', title: 'د افغانستان او جاپان د اړیکو اټلس', slider: 'کال' },
] as const;
