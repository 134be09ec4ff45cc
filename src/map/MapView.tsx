import '../i18n/mapMessages';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../ui/useT';
import { useMapTexts } from './useMapTexts';
import { routesOf } from '../data/derive';
import { indexOf } from '../data/lookup';
import type { Relations } from '../data/schema';
import { useAtlasStore } from '../state/store';
import { MAP_ASSETS } from './assets';
import { provideMapPicture } from './mapPicture';
import { createMapController } from './controller';
import type { MapController, MapProps } from './types';
import { shapeOf } from './modelShape';
import { MapLegend } from './MapLegend';
import { maplibreEngine } from './maplibreEngine';
import { coverOf, legendCover, NO_COVER } from './cover';
import './map.css';

/** Longer than MapLibre's own wait (50 ms) before it follows a change of the map's size. */
const COVER_SETTLE_MS = 100;

type MapProblem =
  | { kind: 'no-webgl'; reason: string }
  | { kind: 'context-lost' }
  | { kind: 'basemap' }
  | { kind: 'worker' }
  | null;

/** The lazily loaded map: creates one controller per mount and feeds it the shared state. */
export interface MapViewProps {
  data: Relations;
  embedded?: boolean;
  /** An element over the map (the embed's panel): a selection is kept out from under it. */
  coveredBy?: HTMLElement | null;
}

export default function MapView({ data, embedded = false, coveredBy = null }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const [problem, setProblem] = useState<MapProblem>(null);
  /** Bumped to make the map again (after its worker failed to load). */
  const [generation, setGeneration] = useState(0);
  const year = useAtlasStore((s) => s.year);
  const missionId = useAtlasStore((s) => s.missionId);
  const eventId = useAtlasStore((s) => s.eventId);
  const camera = useAtlasStore((s) => s.camera);
  const previewEventId = useAtlasStore((s) => s.previewEventId);
  const searchMatches = useAtlasStore((s) => s.searchMatches);
  const { t } = useT();
  const texts = useMapTexts(indexOf(data).discrepancies);
  const model = useMemo(
    () => ({
      missions: data.missions,
      countries: data.countries,
      places: indexOf(data).places,
      events: indexOf(data).events,
      routes: routesOf(data),
    }),
    [data],
  );
  // Another language is another model of the same shape: the map takes its words as props. Only
  // another shape (another data set) makes a new map.
  const shape = useMemo(() => shapeOf(model), [model]);
  const selection = useMemo(() => ({ missionId, eventId }), [missionId, eventId]);
  const props: Omit<MapProps, 'revealSelection'> = useMemo(
    () => ({
      model,
      texts,
      year,
      selection,
      camera,
      preview: previewEventId,
      matches: searchMatches,
    }),
    [model, texts, year, selection, camera, previewEventId, searchMatches],
  );
  // The map is made with the latest props, read from here when it is made.
  const propsRef = useRef(props);
  useLayoutEffect(() => {
    propsRef.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const {
      model: made,
      texts: words,
      year: madeYear,
      selection: chosen,
      camera: view,
    } = propsRef.current;
    let firstIdle = true;
    let withdrawPicture: (() => void) | undefined;
    try {
      const controller = createMapController(
        container,
        maplibreEngine,
        MAP_ASSETS,
        made,
        {
          year: madeYear,
          selection: chosen,
          camera: view,
          texts: words,
          cooperativeGestures: embedded,
        },
        {
          onSelectMission: (id) => useAtlasStore.getState().selectMission(id),
          onSelectEvent: (id) => useAtlasStore.getState().selectEvent(id),
          onCameraChange: (next) => useAtlasStore.getState().setCamera(next),
          onIdle: () => {
            if (firstIdle) performance.mark('app:map-idle');
            firstIdle = false;
          },
          onContextLost: (lost) => setProblem(lost ? { kind: 'context-lost' } : null),
          onBasemapError: () => setProblem({ kind: 'basemap' }),
          onWorkerMissing: () => setProblem({ kind: 'worker' }),
        },
      );
      controllerRef.current = controller;
      withdrawPicture = provideMapPicture((width) => controller.picture(width));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // MapLibre throws from its constructor when WebGL2 is missing: that failure is the
      // external system's answer, and the message replaces the map, so this render is wanted.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setProblem({ kind: 'no-webgl', reason });
    }
    return () => {
      withdrawPicture?.();
      controllerRef.current?.destroy();
      controllerRef.current = null;
    };
  }, [shape, embedded, generation]);
  // Everything else reaches the map as one update: the controller passes on what changed (and
  // holds year changes back to a redraw every 120 ms while the slider moves).
  useEffect(() => {
    controllerRef.current?.update({
      ...props,
      // Chosen by the reader (not restored from a link): the map makes sure it shows it.
      revealSelection: useAtlasStore.getState().historyMode === 'push',
    });
  }, [props, shape, generation]);
  // What covers the map (the embed's panel; on a short map, the legend's button), measured
  // whenever it or the map changes size (after the map is made).
  useEffect(() => {
    const controller = controllerRef.current;
    const container = containerRef.current;
    if (!controller || !container) return;
    // Measured once sizes settle: MapLibre follows its own container's size a little later
    // (throttled), and a reveal must use the map's new size.
    let settle: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      const map = container.getBoundingClientRect();
      const panel = coveredBy ? coverOf(map, coveredBy.getBoundingClientRect()) : NO_COVER;
      // Only the folded legend, its button: one the reader opened is what they are looking at (and
      // is open by default only on a wide screen, where a link's view is left as it is).
      const legend = legendRef.current;
      const folded = legend && !legend.classList.contains('is-open');
      controller.setCover(
        folded ? { ...panel, corner: legendCover(map, legend.getBoundingClientRect()) } : panel,
      );
    };
    const observer = new ResizeObserver(() => {
      clearTimeout(settle);
      settle = setTimeout(measure, COVER_SETTLE_MS);
    });
    if (coveredBy) observer.observe(coveredBy);
    if (legendRef.current) observer.observe(legendRef.current);
    observer.observe(container);
    return () => {
      clearTimeout(settle);
      observer.disconnect();
    };
  }, [coveredBy, shape, embedded, generation]);

  // On paper the map is a picture of it as drawn, markers included (print.css): a WebGL canvas
  // does not print reliably.
  const printRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = () => {
      const picture = controllerRef.current?.snapshot();
      if (picture) printRef.current?.replaceChildren(picture);
    };
    const after = () => printRef.current?.replaceChildren();
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  if (problem?.kind === 'no-webgl') {
    return (
      <div className="map-message" role="note" aria-label={t('map.unavailable')}>
        <h2>{t('map.noWebglHeading')}</h2>
        <p>{t('map.noWebglBody')}</p>
        {/* The browser's own words, often English: kept for whoever needs them, folded away. */}
        <details className="map-message__reason">
          <summary>{t('error.technical')}</summary>
          <code>{problem.reason}</code>
        </details>
      </div>
    );
  }

  return (
    <>
      <div ref={containerRef} className="map-canvas" />
      <div ref={printRef} className="map-print" aria-hidden="true" />
      <MapLegend legendRef={legendRef} />
      {problem?.kind === 'context-lost' && (
        <div className="map-overlay" role="status">
          {t('map.contextLost')}
        </div>
      )}
      {(problem?.kind === 'basemap' || problem?.kind === 'worker') && (
        <div className="map-overlay map-overlay--alert" role="alert">
          <p>{t(problem.kind === 'basemap' ? 'map.basemapFailed' : 'map.workerFailed')}</p>
          <button
            type="button"
            onClick={() => {
              setProblem(null);
              if (problem.kind === 'basemap') {
                controllerRef.current?.retryBasemap();
              } else {
                // MapLibre drops its workers only once no map uses them.
                controllerRef.current?.destroy();
                controllerRef.current = null;
                maplibreEngine.resetWorkers();
                setGeneration((n) => n + 1);
              }
            }}
          >
            {t('error.tryAgain')}
          </button>
        </div>
      )}
    </>
  );
}
