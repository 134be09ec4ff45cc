import { DATA_URL, translationUrl } from '../data/urls';
import { LOCALES } from '../i18n/locales';
import { markChunkFailure } from '../ui/chunkLoadError';

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

/** Those of the used files the worker's caches do not hold yet. */
async function uncachedFiles(): Promise<string[]> {
  const held = await Promise.all(
    USED_FILES.map((url) => caches.match(url, { ignoreSearch: true })),
  );
  return USED_FILES.filter((_, i) => held[i] === undefined);
}

/**
 * Asks the worker to fetch and cache files, through its own routes (Workbox's CACHE_URLS message):
 * its thread receives them, not the page's. Fetched by the page, the basemap's body held the page's
 * main thread in the middle of whatever the reader was doing (docs/performance.md, "The offline
 * basemap"). Settles when the worker answers, which it does once each file's response has begun to
 * arrive; a file that cannot be fetched (no network) gets no answer, and the page does not say it
 * is ready offline.
 */
function askWorkerToCache(worker: ServiceWorker, urls: string[]): Promise<void> {
  return new Promise((answered) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => answered();
    worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } }, [channel.port2]);
  });
}

/**
 * How the page looks for the files in the caches after the worker's answer: first often, then
 * less, for as long as a slow connection may take to bring the whole basemap (ten minutes: a
 * 33 kbit/s link for a 2.5 MB file).
 */
const CACHE_WRITE_WAIT = { firstMs: 250, mostMs: 2000, totalMs: 10 * 60 * 1000 };

/**
 * Has the worker cache each used file its caches do not hold yet; true once all are held. The
 * worker answers when the responses begin and writes each file to its cache once all of it has
 * arrived, so the page then looks for them until they are there (a file that came back as an
 * error is never cached: after the wait, false).
 */
async function cacheUsedFiles(worker: ServiceWorker): Promise<boolean> {
  const missing = await uncachedFiles();
  if (missing.length === 0) return true;
  await askWorkerToCache(worker, missing);
  for (
    let waited = 0, pause = CACHE_WRITE_WAIT.firstMs;
    waited < CACHE_WRITE_WAIT.totalMs;
    waited += pause, pause = Math.min(pause * 2, CACHE_WRITE_WAIT.mostMs)
  ) {
    await new Promise((wait) => setTimeout(wait, pause));
    if ((await uncachedFiles()).length === 0) return true;
  }
  return false;
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
  // Workbox's window module too, which the plugin's registerSW imports itself and would only
  // report to onRegisterError among other failures: a missing chunk is then said (OfflineStatus).
  const [{ registerSW }] = await markChunkFailure(() =>
    Promise.all([import('virtual:pwa-register'), import('workbox-window')]),
  )();
  const reportWhenCached = async () => {
    await navigator.serviceWorker.ready;
    // Only a page the worker controls has its requests cached by it.
    if (!navigator.serviceWorker.controller) {
      await new Promise((taken) =>
        navigator.serviceWorker.addEventListener('controllerchange', taken, { once: true }),
      );
    }
    const worker = navigator.serviceWorker.controller;
    if (worker && (await cacheUsedFiles(worker))) events.onOfflineReady();
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
