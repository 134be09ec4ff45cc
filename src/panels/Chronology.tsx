import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { formatDateSpan, formatNumber } from '../i18n/dates';
import { useT } from '../i18n/useT';
import { eventYear, sortEvents } from '../data/derive';
import type { RelationsEvent } from '../data/schema';

interface ChronologyProps {
  events: readonly RelationsEvent[];
  year: number;
  selectedEventId?: string | undefined;
  onSelect?: (event: RelationsEvent) => void;
  /** The entry under the pointer or keyboard focus, so the map can show its route; null on leaving. */
  onPreview?: (eventId: string | null) => void;
}

/** Every event in date order; events after the selected year are dimmed, not hidden. */
export function Chronology({
  events,
  year,
  selectedEventId,
  onSelect,
  onPreview,
}: ChronologyProps) {
  // Sorted once per data set, not on every slider step.
  const sorted = useMemo(() => sortEvents(events), [events]);
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
  const target =
    sorted.find((e) => e.id === selectedEventId) ??
    sorted.find((e) => eventYear(e) === year) ??
    sorted.findLast((e) => eventYear(e) < year);
  useEffect(() => {
    const list = listRef.current;
    const item = target && list?.querySelector<HTMLElement>(`[data-event="${target.id}"]`);
    if (list && item) scrollWithin(list, item);
  }, [target]);
  return (
    <section className="panel chronology-panel" aria-labelledby="chronology-heading">
      <h2 id="chronology-heading">{tr.t('chronology.heading')}</h2>
      {tr.locale !== 'en' && <p className="panel__translated">{tr.t('data.translated')}</p>}
      {/* One description, "(after 1969)", shared by every later entry: a year step changes this
          text once, not every entry. */}
      <span id={AFTER_ID} className="visually-hidden">
        {tr.t('chronology.after', { year: formatNumber(year, tr.locale) })}
      </span>
      <ol className="chronology" ref={listRef}>
        {sorted.map((event) => (
          <ChronologyEntry
            key={event.id}
            event={event}
            later={eventYear(event) > year}
            current={event.id === selectedEventId}
            onSelect={select}
            onPreview={preview}
          />
        ))}
      </ol>
    </section>
  );
}

const AFTER_ID = 'chronology-after';

interface EntryProps {
  event: RelationsEvent;
  later: boolean;
  current: boolean;
  onSelect: (event: RelationsEvent) => void;
  onPreview: (eventId: string | null) => void;
}

/** One event; re-rendered only when its own props change (its year crossed, its selection). */
const ChronologyEntry = memo(function ChronologyEntry({
  event,
  later,
  current,
  onSelect,
  onPreview,
}: EntryProps) {
  const tr = useT();
  return (
    <li data-event={event.id} className={later ? 'chronology__item is-later' : 'chronology__item'}>
      <button
        type="button"
        className="chronology__button"
        aria-current={current ? 'true' : undefined}
        aria-describedby={later ? AFTER_ID : undefined}
        onClick={() => onSelect(event)}
        onFocus={() => onPreview(event.id)}
        onMouseEnter={() => onPreview(event.id)}
        onBlur={() => onPreview(null)}
        onMouseLeave={() => onPreview(null)}
      >
        <time dateTime={event.date.date}>{formatDateSpan(event.date, event.endDate, tr)}</time>
        <span className="chronology__title">
          {event.title}
          {event.participants.length > 0 && ' '}
          {event.participants.length > 0 && (
            <span className="chronology__who">{event.participants.join(tr.t('punct.comma'))}</span>
          )}
        </span>
      </button>
    </li>
  );
});

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
