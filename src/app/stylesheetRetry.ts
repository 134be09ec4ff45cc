/**
 * Getting a lazily loaded chunk's stylesheet after it failed. The browser keeps a failed
 * stylesheet for the page's lifetime, so asking for the same address again fails again without a
 * request; Vite's loader only knows that address. So the stylesheet is fetched again under a new
 * address, and Vite's loader is told (its `vite:preloadError` event) that the old one is dealt
 * with.
 */
const failed = new Set<string>();
const replaced = new Set<string>();
let attempts = 0;

function cssOf(payload: unknown): string | null {
  const message = payload instanceof Error ? payload.message : String(payload);
  return /Unable to preload CSS for (\S+)/.exec(message)?.[1] ?? null;
}

if (typeof window !== 'undefined') {
  window.addEventListener('vite:preloadError', (event) => {
    const href = cssOf((event as Event & { payload?: unknown }).payload);
    if (!href) return;
    if (replaced.has(href)) event.preventDefault();
    else failed.add(href);
  });
}

/** Loads again, under a new address, every chunk stylesheet that failed; rejects if one fails. */
export async function reloadFailedStylesheets(): Promise<void> {
  attempts += 1;
  await Promise.all(
    [...failed].map(
      (href) =>
        new Promise<void>((loaded, rejected) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = `${href}${href.includes('?') ? '&' : '?'}retry=${attempts}`;
          link.addEventListener('load', () => {
            failed.delete(href);
            replaced.add(href);
            loaded();
          });
          link.addEventListener('error', () => {
            link.remove();
            rejected(new Error(`Unable to load ${href}`));
          });
          document.head.append(link);
        }),
    ),
  );
}
