import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { filterEvents, isFiltering, searchIndexOf } from '../data/search';
import { SearchBox } from '../panels/SearchBox';
import { eventYear } from '../data/derive';
import { indexOf } from '../data/lookup';
import type { Relations } from '../data/schema';
import { Chronology } from '../panels/Chronology';
import { CopyLink } from '../panels/CopyLink';
import { SelectedPanel } from '../panels/SelectedPanel';
import { useSelectionOpened } from '../panels/selectionFocus';
import { useT } from '../ui/useT';
import { formatNumber } from '../i18n/dates';
import { StatusOverview } from '../panels/StatusOverview';
import { CURRENT_YEAR, useAtlasStore } from '../state/store';
import { dayOf } from '../data/dates';
import { useUrlSync, useYearRange } from '../state/useUrlSync';
import { Timeline } from '../timeline/Timeline';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LazyMap, loadMapView } from './LazyMap';
import { Notices } from './Notices';
import { EmbedButton } from './EmbedButton';
import { CiteButton, DownloadButton } from '../research/ResearchButtons';
import { BottomSheet } from './BottomSheet';
import { ToolsMenu } from './ToolsMenu';
import { PHONE_QUERY, useMediaQuery } from './useMediaQuery';
import { useSheetState } from './useSheetState';

/** `english`: the data set as published, so that English names are found from any language. */
export function Dashboard({ data, english }: { data: Relations; english?: Relations }) {
  const range = useYearRange(data);
  const phone = useMediaQuery(PHONE_QUERY);
  const [toolsOpen, setToolsOpen] = useState(false);
  const [sheet, setSheet] = useSheetState();
  useUrlSync(data, range);
  const index = indexOf(data);
  const year = useAtlasStore((s) => s.year);
  const missionId = useAtlasStore((s) => s.missionId);
  const eventId = useAtlasStore((s) => s.eventId);
  const selectEvent = useAtlasStore((s) => s.selectEvent);
  const selectMission = useAtlasStore((s) => s.selectMission);
  const setPreview = useAtlasStore((s) => s.setPreview);
  const mission = missionId ? index.missions.get(missionId) : undefined;
  const event = eventId ? index.events.get(eventId) : undefined;
  const announcement = useSelectionOpened(index);
  const { t, locale } = useT();
  // What the view shows, in words: the Embed, Cite and Download tools name it.
  const viewName = [event?.title ?? mission?.name, formatNumber(year, locale)]
    .filter(Boolean)
    .join(t('punct.comma'));
  const q = useAtlasStore((s) => s.q);
  const types = useAtlasStore((s) => s.types);
  // The search's index is built when the reader first searches for words (once per data set), not
  // as the page loads: with a hundred times the events it would hold up the first paint.
  const found = useMemo(
    () =>
      isFiltering({ query: q, groups: types })
        ? filterEvents(index.sortedEvents, () => searchIndexOf(data, english), {
            query: q,
            groups: types,
          })
        : index.sortedEvents,
    [index.sortedEvents, data, english, q, types],
  );
  // The map lights up what the search finds.
  const setMatches = useAtlasStore((s) => s.setMatches);
  useEffect(() => {
    const filtering = isFiltering({ query: q, groups: types });
    setMatches(filtering ? new Set(found.map((e) => e.id)) : null);
  }, [found, q, types, setMatches]);

  // The data is validated and the panels are in the DOM: marked at layout time, and the map chunk
  // starts downloading right after, not once the effects run after the first paint.
  useLayoutEffect(() => {
    performance.mark('app:data-ready');
    void loadMapView().catch(() => undefined); // LazyMap reports a failure
  }, []);

  // The selection, the overview and the chronology: a column beside the map, or on a phone the
  // sheet along the bottom of the screen.
  const panels = (
    <>
      {/* On a wide screen with a panel open, a column of its own (the panel, then the overview)
          beside the chronology's; elsewhere it adds nothing to the layout (display: contents). */}
      <div className="app__reading">
        <SelectedPanel event={event} mission={mission} year={year} range={range} index={index} />
        <ErrorBoundary part="part.overview">
          <StatusOverview
            missions={data.missions}
            discrepancies={indexOf(data).discrepancies}
            year={year}
            selectedId={missionId}
            onSelect={(m) => selectMission(m.id)}
            today={year === CURRENT_YEAR ? dayOf(new Date()) : undefined}
          />
        </ErrorBoundary>
      </div>
      <ErrorBoundary part="part.chronology">
        <Chronology
          search={<SearchBox shown={found.length} total={index.sortedEvents.length} />}
          events={found}
          year={year}
          selectedEventId={eventId ?? undefined}
          onSelect={(e) => selectEvent(e.id, eventYear(e))}
          onPreview={setPreview}
        />
      </ErrorBoundary>
    </>
  );

  // What takes the view elsewhere: beside the year on a wide screen, in one menu on a phone.
  const tools = (
    <>
      <CopyLink />
      <EmbedButton view={viewName} />
      <CiteButton data={data} viewName={viewName} />
      <DownloadButton data={data} viewName={viewName} />
    </>
  );

  return (
    <main className={!phone && (event || mission) ? 'app__main app__main--reading' : 'app__main'}>
      <div className="app__timeline">
        <ErrorBoundary part="part.timeline">
          <Timeline
            data={data}
            range={range}
            actions={
              phone ? (
                <ToolsMenu onOpenChange={setToolsOpen}>{tools}</ToolsMenu>
              ) : (
                <div className="app__tools">{tools}</div>
              )
            }
          />
        </ErrorBoundary>
      </div>
      {/* Under the phone's open tools list the map is inert: a tap there folds the list rather
          than choosing a marker half hidden under it. */}
      <section className="app__map" aria-label={t('app.mapRegion')} inert={phone && toolsOpen}>
        <ErrorBoundary part="part.map">
          <LazyMap data={data} />
        </ErrorBoundary>
      </section>
      <div className="app__panels">
        <Notices />
        <div className="visually-hidden" aria-live="polite">
          {announcement}
        </div>
        {phone ? (
          <BottomSheet
            label={event?.title ?? mission?.name ?? t('sheet.overview')}
            state={sheet}
            onChange={setSheet}
            escapeFolds={!event && !mission}
          >
            {panels}
          </BottomSheet>
        ) : (
          panels
        )}
      </div>
    </main>
  );
}
