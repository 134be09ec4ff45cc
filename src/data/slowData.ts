/** After this long without data the loading notice turns into an alert with a Retry. */
export const SLOW_DATA_MS = 8000;
