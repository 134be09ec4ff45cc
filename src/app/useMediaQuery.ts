import { useSyncExternalStore } from 'react';

/** The layouts' breakpoints; the stylesheets use the same values. */
export const PHONE_QUERY = '(max-width: 39.99rem)';

/** Whether a media query matches now, following it as the window changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
