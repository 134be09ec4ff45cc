import { lazy, Suspense, useEffect } from 'react';
import { eventYear } from '../data/derive';
import type { Relations } from '../data/schema';
import { Chronology } from '../panels/Chronology';
import { StatusOverview } from '../panels/StatusOverview';
import { useAtlasStore } from '../state/store';
import { ErrorBoundary } from './ErrorBoundary';

const MapView = lazy(() => import('../map/MapView'));

export function Dashboard({ data }: { data: Relations }) {
  const year = useAtlasStore((s) => s.year);
  const eventId = useAtlasStore((s) => s.eventId);
  const selectEvent = useAtlasStore((s) => s.selectEvent);

  useEffect(() => {
    performance.mark('app:data-ready');
  }, []);

  return (
    <main className="app__main">
      <section className="app__map" aria-label="Map of missions and visits">
        <ErrorBoundary name="The map">
          <Suspense fallback={<p className="map-loading">Loading the map…</p>}>
            <MapView data={data} />
          </Suspense>
        </ErrorBoundary>
      </section>
      <div className="app__panels">
        <ErrorBoundary name="The status overview">
          <StatusOverview missions={data.missions} year={year} />
        </ErrorBoundary>
        <ErrorBoundary name="The chronology">
          <Chronology
            events={data.events}
            year={year}
            selectedEventId={eventId ?? undefined}
            onSelect={(event) => selectEvent(event.id, eventYear(event))}
          />
        </ErrorBoundary>
      </div>
    </main>
  );
}
