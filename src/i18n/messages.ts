import type en from './catalogs/en.json';

/** Every message id, from the English source catalog: a typo is a type error. */
export type MessageId = keyof typeof en;

export type Translate = (id: MessageId, values?: Record<string, string | number>) => string;
