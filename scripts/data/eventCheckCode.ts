import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import * as z from 'zod/mini';
import { eventSchema } from '../../src/data/schema.ts';

/**
 * The source of a module whose default export checks one event against `eventSchema`, compiled
 * ahead of time by Ajv from the schema's JSON Schema (zod's own conversion): plain code, no `eval`,
 * so the page's CSP allows it, and several times faster than zod interpreting the schema (docs/performance.md,
 * "Data ready"). zod's refinement (an event cites a source or the facts it rests on)
 * has no JSON Schema form: the page checks it with the same function (src/data/pageChecks.ts).
 */
export function eventCheckCode(): string {
  const jsonSchema = z.toJSONSchema(eventSchema, { target: 'draft-7' });
  const ajv = new Ajv({
    code: { source: true, esm: true },
    strict: true,
    // Lengths in UTF-16 units, as zod counts them (and no runtime helper to import for them).
    unicode: false,
    logger: false,
  });
  const code = standaloneCode(ajv, ajv.compile(jsonSchema));
  // Nothing from Ajv's runtime: the page gets this code alone.
  if (/\brequire\(|\bimport\b/.test(code)) throw new Error('the event check imports something');
  return code;
}
