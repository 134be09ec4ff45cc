/** Where the data set and its translations are, on the app's own origin. */
export const DATA_URL = `${import.meta.env.BASE_URL}data/relations.json`;
export const translationUrl = (locale: string) =>
  `${import.meta.env.BASE_URL}data/i18n/${locale}.json`;
