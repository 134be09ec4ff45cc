/**
 * The data file as the build serves it: without whitespace, and with every character outside
 * ASCII written as a `\u` escape. An all-ASCII body takes Chromium's fast path: it is decoded
 * straight into a one-byte string, and JSON.parse makes one-byte strings of it (docs/performance.md,
 * "Data ready").
 * JSON.parse gives back exactly the same value.
 */
export function servedJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
