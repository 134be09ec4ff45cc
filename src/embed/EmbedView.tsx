import { useLayoutEffect, useState } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LazyMap, loadMapView } from '../app/LazyMap';
import { Notices } from '../app/Notices';
import { indexOf } from '../data/lookup';
import type { Relations } from '../data/schema';
import { useT } from '../ui/useT';
import { SelectedPanel } from '../panels/SelectedPanel';
import { useSelectionOpened } from '../panels/selectionFocus';
import { useAtlasStore } from '../state/store';
import { useUrlSync, useYearRange } from '../state/useUrlSync';
import { Timeline } from '../timeline/Timeline';
import { OpenFullAtlas } from './OpenFullAtlas';

/** The compact atlas: year bar, map, and the selected panel over the map. */
export function EmbedView({ data }: { data: Relations }) {
  const range = useYearRange(data);
  // Inside another site's page: its Back button must not step through the atlas.
  useUrlSync(data, range, { replaceOnly: true });
  const index = indexOf(data);
  const year = useAtlasStore((s) => s.year);
  const missionId = useAtlasStore((s) => s.missionId);
  const eventId = useAtlasStore((s) => s.eventId);
  const mission = missionId ? index.missions.get(missionId) : undefined;
  const event = eventId ? index.events.get(eventId) : undefined;
  const announcement = useSelectionOpened(index);
  const { t } = useT();
  /** The panel over the map, so the map keeps a selection out from under it. */
  const [panel, setPanel] = useState<HTMLElement | null>(null);

  useLayoutEffect(() => {
    performance.mark('app:data-ready');
    void loadMapView().catch(() => undefined); // LazyMap reports a failure
  }, []);

  return (
    <main className="embed">
      <h1 className="visually-hidden">{t('app.title')}</h1>
      <div className="embed__bar">
        <ErrorBoundary part="part.timeline">
          <Timeline data={data} range={range} actions={<OpenFullAtlas />} />
        </ErrorBoundary>
      </div>
      <section className="embed__map app__map" aria-label={t('app.mapRegion')}>
        <ErrorBoundary part="part.map">
          <LazyMap data={data} embedded coveredBy={panel} />
        </ErrorBoundary>
        {(event ?? mission) && (
          <div className="embed__panel" ref={setPanel}>
            <SelectedPanel
              event={event}
              mission={mission}
              year={year}
              range={range}
              index={index}
            />
          </div>
        )}
      </section>
      <div className="embed__notices">
        <Notices />
      </div>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </main>
  );
}
