import { DATA_URL, translationUrl } from '../data/urls';
import { LOCALES } from '../i18n/locales';

export interface ServiceWorkerEvents {
  /** Everything the atlas needs is cached: it works with no network from now on. */
  onOfflineReady(): void;
  /** A new version is installed and waiting; `update` reloads the page into it. */
  onNeedRefresh(update: () => void): void;
}

/** The files cached as they are used rather than precached (vite.config.ts, `offline`). */
const USED_FILES = [
  DATA_URL,
  ...LOCALES.filter((locale) => locale !== 'en').map(translationUrl),
  `${import.meta.env.BASE_URL}basemap/countries.pmtiles`,
];

/** Fetches, through the service worker, each of those files its caches do not hold yet. */
async function cacheUsedFiles(): Promise<boolean> {
  const results = await Promise.all(
    USED_FILES.map(async (url) => {
      if (await caches.match(url, { ignoreSearch: true })) return true;
      const response = await fetch(url).catch(() => null);
      return response?.ok === true;
    }),
  );
  return results.every(Boolean);
}

/** How often an open page asks whether a new version has been deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * A page left open for days still learns of a new version: when it is shown again, and hourly.
 * (The browser itself checks only when a page is opened.)
 */
function checkForUpdates(registration: ServiceWorkerRegistration) {
  const check = () => void registration.update().catch(() => undefined);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  window.setInterval(check, UPDATE_CHECK_MS);
}

/**
 * Lets the waiting version take over, then reloads into it. The plugin reloads by itself only
 * when the page was controlled as it opened, not on a first visit (taken over by clientsClaim).
 */
function switchTo(update: (reload: boolean) => Promise<void>) {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  void update(true);
}

/**
 * Registers the service worker (loaded on demand: nothing of it is in the up-front bundle). A new
 * version never takes over by itself: it waits until the reader chooses "Update".
 */
export async function startServiceWorker(events: ServiceWorkerEvents): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const reportWhenCached = async () => {
    await navigator.serviceWorker.ready;
    // Only a page the worker controls has its requests cached by it.
    if (!navigator.serviceWorker.controller) {
      await new Promise((taken) =>
        navigator.serviceWorker.addEventListener('controllerchange', taken, { once: true }),
      );
    }
    if (await cacheUsedFiles()) events.onOfflineReady();
  };
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => events.onNeedRefresh(() => switchTo(update)),
    onOfflineReady: () => void reportWhenCached(),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      checkForUpdates(registration);
      // Already installed on an earlier visit: say so once its caches hold everything.
      if (registration.active) void reportWhenCached();
    },
  });
}
