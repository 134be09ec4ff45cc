import { useEffect, useState } from 'react';
import { lazyPart } from '../ui/lazyPart';

/** Should its code not arrive, the header says so in its place, with Try again. */
const OfflineStatus = lazyPart(() => import('./OfflineStatus'), 'part.offline');

/** The longest the service worker waits for a map that never goes idle (no WebGL, an error). */
const AT_THE_LATEST_MS = 8000;

/**
 * The service worker and its status, started once the map has gone idle: installing it downloads
 * the whole app again, which must not compete with the first load on a slow phone.
 */
export function OfflineStatusLater() {
  const [started, setStarted] = useState(
    () => performance.getEntriesByName('app:map-idle').length > 0,
  );
  useEffect(() => {
    if (started) return;
    const start = () => setStarted(true);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('app:map-idle').length > 0) start();
    });
    observer.observe({ type: 'mark' });
    const timer = setTimeout(start, AT_THE_LATEST_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [started]);
  if (!started) return null;
  return <OfflineStatus />;
}
