import * as z from 'zod/mini';
import type { Translation } from './translation';

/** The zod boundary for a translation file (see translation.ts for what it holds). */
const text = () => z.string().check(z.minLength(1));

export const translationSchema = z.strictObject({
  locale: z.enum(['ja', 'fa-AF', 'ps']),
  translatedFrom: z.literal('en'),
  texts: z.record(z.string(), text()),
});

// The hand-written type and the schema must describe the same thing.
type Checked = z.infer<typeof translationSchema>;
export const sameShape: [Checked] extends [Translation]
  ? [Translation] extends [Checked]
    ? true
    : never
  : never = true;
