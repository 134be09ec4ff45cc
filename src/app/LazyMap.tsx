import { useEffect, useState, type ComponentType } from 'react';
import type { Relations } from '../data/schema';
import { useT } from '../i18n/useT';

type MapViewComponent = ComponentType<{ data: Relations }>;

/**
 * Loads the map chunk (MapLibre and the map view) after the panels have rendered, and shows it
 * the moment it arrives. A plain dynamic import rather than React.lazy + Suspense: React holds back
 * a Suspense reveal for up to 300 ms after its fallback appeared, which would delay the map for
 * nothing. A failed download is thrown to the surrounding error boundary, whose "Try again"
 * remounts this component and so downloads again.
 */
export function LazyMap({ data }: { data: Relations }) {
  const [MapView, setMapView] = useState<MapViewComponent | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const { t } = useT();

  useEffect(() => {
    let live = true;
    import('../map/MapView').then(
      (module) => live && setMapView(() => module.default),
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
  return <MapView data={data} />;
}
