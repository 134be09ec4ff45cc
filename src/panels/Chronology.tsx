import {
  memo,
  type ReactNode,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import { formatNumber } from '../i18n/dates';
import { AFTER_ID, ChronologyEntry } from './ChronologyEntry';
import type { WindowProps } from './ChronologyWindow';
import { lazyPart } from '../ui/lazyPart';
import { useT } from '../ui/useT';
import { eventYear, sortEvents, yearBound } from '../data/derive';
import type { RelationsEvent } from '../data/schema';

interface ChronologyProps {
  events: readonly RelationsEvent[];
  /** The search over the events, shown above the list it narrows. */
  search?: ReactNode;
  year: number;
  selectedEventId?: string | undefined;
  onSelect?: (event: RelationsEvent) => void;
  /** The entry under the pointer or keyboard focus, so the map can show its route; null on leaving. */
  onPreview?: (eventId: string | null) => void;
}

/** Every event in date order; events after the selected year are dimmed, not hidden. */
export function Chronology({
  events,
  search,
  year: sliderYear,
  selectedEventId,
  onSelect,
  onPreview,
}: ChronologyProps) {
  // Sorted once per data set, not on every slider step.
  const sorted = useMemo(() => sortEvents(events), [events]);
  const windowed = sorted.length >= WINDOW_FROM;
  // A long list follows the slider a moment behind it: a slider step first redraws the slider, the
  // map and the overview, then the list (scrolled, its entries dimmed) in a render of its own,
  // which React drops if the next step comes first. A short list keeps up in the same render,
  // which costs less than a second one.
  const followed = useDeferredValue(windowed ? sliderYear : null);
  const year = followed ?? sliderYear;
  const listRef = useRef<HTMLOListElement>(null);
  const tr = useT();
  // The handlers may be new functions on every render of the page; the entries keep theirs, so a
  // slider step re-renders only the entries whose year it crossed.
  const handlers = useRef({ onSelect, onPreview });
  useLayoutEffect(() => {
    handlers.current = { onSelect, onPreview };
  });
  const select = useCallback((event: RelationsEvent) => handlers.current.onSelect?.(event), []);
  const preview = useCallback((id: string | null) => handlers.current.onPreview?.(id), []);
  // The selected event, else the year's first event (or the last one before it), is scrolled
  // into view inside the list: the list scrolls, the page and the reader's focus do not.
  const positions = useMemo(() => new Map(sorted.map((event, i) => [event.id, i])), [sorted]);
  const targetIndex = chronologyTarget(sorted, positions, selectedEventId, year);
  const target = sorted[targetIndex];
  useEffect(() => {
    if (windowed) return; // the window scrolls itself to its target
    const list = listRef.current;
    const item = target && list?.querySelector<HTMLElement>(`[data-event="${target.id}"]`);
    if (list && item) scrollWithin(list, item);
  }, [target, windowed]);
  const entries: WindowProps = {
    events: sorted,
    listRef,
    year,
    selectedEventId,
    targetIndex,
    onSelect: select,
    onPreview: preview,
  };
  return (
    <section className="panel chronology-panel" aria-labelledby="chronology-heading">
      <h2 id="chronology-heading" tabIndex={-1}>
        {tr.t('chronology.heading')}
      </h2>
      {tr.locale !== 'en' && <p className="panel__translated">{tr.t('data.translated')}</p>}
      {search}
      {/* One description, "(after 1969)", shared by every later entry: a year step changes this
          text once, not every entry. */}
      <span id={AFTER_ID} className="visually-hidden">
        {tr.t('chronology.after', { year: formatNumber(year, tr.locale) })}
      </span>
      <ol className="chronology" ref={listRef}>
        {windowed ? <ChronologyWindow {...entries} /> : <AllEntries {...entries} />}
      </ol>
    </section>
  );
}

/**
 * Where the list should be: the selected event, else the year's first event, else the last one
 * before the year (-1 if none). Found by id or by binary search: a slider step does not walk the list.
 */
function chronologyTarget(
  sorted: readonly RelationsEvent[],
  positions: ReadonlyMap<string, number>,
  selectedEventId: string | undefined,
  year: number,
): number {
  const selected = selectedEventId === undefined ? undefined : positions.get(selectedEventId);
  if (selected !== undefined) return selected;
  const first = yearBound(sorted, year);
  const event = sorted[first];
  return event && eventYear(event) === year ? first : first - 1;
}

/**
 * From this many entries on, the chronology puts only the entries in and near its view in the page
 * (the real record has 50; a record a hundred times larger would take half a second to lay out).
 */
export const WINDOW_FROM = 400;

/** Every entry, for a short chronology. */
const AllEntries = memo(function AllEntries({
  events,
  year,
  selectedEventId,
  onSelect,
  onPreview,
}: WindowProps) {
  return (
    <>
      {events.map((event) => (
        <ChronologyEntry
          key={event.id}
          event={event}
          later={eventYear(event) > year}
          current={event.id === selectedEventId}
          onSelect={onSelect}
          onPreview={onPreview}
        />
      ))}
    </>
  );
});

/**
 * The windowed list's code (ChronologyWindow.tsx with @tanstack/react-virtual) loads only for a
 * chronology that needs it. Should it fail to load, the list says so, with Try again, and lists
 * every entry: slower, but whole.
 */
const ChronologyWindow = lazyPart<WindowProps>(
  () => import('./ChronologyWindow').then((module) => ({ default: module.ChronologyWindow })),
  'part.chronologyWindow',
  function EveryEntryInstead({ children, ...entries }: WindowProps & { children: ReactNode }) {
    return (
      <>
        <li className="chronology__failure">{children}</li>
        <AllEntries {...entries} />
      </>
    );
  },
);

/** Scrolls `container` (only) so that `item` is fully inside it, by as little as needed. */
export function scrollWithin(container: HTMLElement, item: HTMLElement): void {
  const top =
    item.offsetParent === container ? item.offsetTop : item.offsetTop - container.offsetTop;
  const bottom = top + item.offsetHeight;
  if (top < container.scrollTop) container.scrollTop = top;
  else if (bottom > container.scrollTop + container.clientHeight) {
    container.scrollTop = bottom - container.clientHeight;
  }
}
