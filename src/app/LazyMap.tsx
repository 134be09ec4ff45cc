import { useEffect, useState, type ComponentType } from 'react';
import type { MapViewProps } from '../map/MapView';
import { useT } from '../ui/useT';
import { isNewerVersionPublished } from '../ui/newerVersion';
import { reloadFailedStylesheets } from './stylesheetRetry';

type MapViewComponent = ComponentType<MapViewProps>;

let pending: Promise<MapViewComponent> | null = null;

/**
 * Starts the map chunk's download, once: Dashboard calls it the moment the panels are in the DOM,
 * rather than waiting for React's effects after the first paint. A failed download is forgotten,
 * so the next call (the map area's "Try again", below) downloads again.
 */
export function loadMapView(): Promise<MapViewComponent> {
  // An async function rather than `.then(…, onFailure)`: Vite rewrites `import().then()` for
  // tree-shaking, and the failure handler did not survive that.
  pending ??= (async () => {
    try {
      return (await import('../map/MapView')).default;
    } catch (reason) {
      pending = null;
      throw reason;
    }
  })();
  return pending;
}

/**
 * Shows the map view (MapLibre's chunk, loaded once the panels have rendered) the moment it
 * arrives. A plain dynamic import rather than React.lazy + Suspense: React holds back a Suspense
 * reveal for up to 300 ms after its fallback appeared, which would delay the map for nothing.
 * When the chunk (its script or its stylesheet) cannot be loaded, the map area says so and offers
 * to try again; when the reason is a newer version on the server, to reload into it.
 */
export function LazyMap({ data, embedded = false, coveredBy = null }: MapViewProps) {
  const [MapView, setMapView] = useState<MapViewComponent | null>(null);
  const [failure, setFailure] = useState<{ newer: boolean } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { t } = useT();

  useEffect(() => {
    let live = true;
    // A second attempt first gets any stylesheet of the chunk that failed (stylesheetRetry.ts).
    (attempt > 0 ? reloadFailedStylesheets() : Promise.resolve()).then(loadMapView).then(
      (component) => live && setMapView(() => component),
      async () => {
        // Only asked after a failure: not part of the first load.
        const newer = await isNewerVersionPublished();
        if (live) setFailure({ newer });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  if (failure) {
    return (
      <div className="map-message" role="alert">
        <p>{t('map.loadFailed')}</p>
        {failure.newer ? (
          <>
            <p>{t('app.newerVersion')}</p>
            <button type="button" onClick={() => window.location.reload()}>
              {t('app.reload')}
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={() => {
              setFailure(null);
              setAttempt((n) => n + 1);
            }}
          >
            {t('error.tryAgain')}
          </button>
        )}
      </div>
    );
  }
  if (!MapView) {
    return (
      <p className="map-loading" role="status">
        {t('map.loading')}
      </p>
    );
  }
  return <MapView data={data} embedded={embedded} coveredBy={coveredBy} />;
}
