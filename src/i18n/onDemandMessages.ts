import { i18n } from './i18n';

/**
 * The English words of code loaded on demand are not in the up-front bundle: each part is added to
 * the page's English catalog as that code loads (scripts/i18n/catalogPlugin.ts, ON_DEMAND).
 */
export function addEnglish(messages: Parameters<typeof i18n.load>[1]): void {
  i18n.load('en', messages);
}
