import { useEffect, useState, type ComponentType } from 'react';
import type { Relations } from '../data/schema';
import { useT } from '../i18n/useT';

type MapViewComponent = ComponentType<{ data: Relations; embedded?: boolean }>;

let pending: Promise<MapViewComponent> | null = null;

/**
 * Starts the map chunk's download, once: Dashboard calls it the moment the panels are in the DOM,
 * rather than waiting for React's effects after the first paint. A failed download is forgotten,
 * so the next call (the error boundary's "Try again") downloads again.
 */
export function loadMapView(): Promise<MapViewComponent> {
  pending ??= import('../map/MapView').then(
    (module) => module.default,
    (reason: unknown) => {
      pending = null;
      throw reason;
    },
  );
  return pending;
}

/**
 * Shows the map view (MapLibre's chunk, loaded once the panels have rendered) the moment it
 * arrives. A plain dynamic import rather than React.lazy + Suspense: React holds back
 * a Suspense reveal for up to 300 ms after its fallback appeared, which would delay the map for
 * nothing. A failed download is thrown to the surrounding error boundary, whose "Try again"
 * remounts this component and so downloads again.
 */
export function LazyMap({ data, embedded = false }: { data: Relations; embedded?: boolean }) {
  const [MapView, setMapView] = useState<MapViewComponent | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const { t } = useT();

  useEffect(() => {
    let live = true;
    loadMapView().then(
      (component) => live && setMapView(() => component),
      (reason: unknown) =>
        live && setError(reason instanceof Error ? reason : new Error(String(reason))),
    );
    return () => {
      live = false;
    };
  }, []);

  if (error) throw new Error(`${t('map.downloadFailed')} (${error.message})`);
  if (!MapView) {
    return (
      <p className="map-loading" role="status">
        {t('map.loading')}
      </p>
    );
  }
  return <MapView data={data} embedded={embedded} />;
}
