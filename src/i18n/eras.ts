import type { MessageId } from './messages';

/**
 * The Japanese eras since 1868: the English name Intl gives each, its name's catalog key, and the
 * Gregorian year it began. The date module names eras by it; Go to year reads typed ones by it.
 */
export interface Era {
  intlName: string;
  key: MessageId;
  start: number;
}

export const ERAS: readonly Era[] = [
  { intlName: 'Meiji', key: 'era.meiji', start: 1868 },
  { intlName: 'Taishō', key: 'era.taisho', start: 1912 },
  { intlName: 'Shōwa', key: 'era.showa', start: 1926 },
  { intlName: 'Heisei', key: 'era.heisei', start: 1989 },
  { intlName: 'Reiwa', key: 'era.reiwa', start: 2019 },
];
