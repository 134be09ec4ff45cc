import { useMemo } from 'react';
import { formatDateSpan } from '../data/dates';
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
  return (
    <section className="panel" aria-labelledby="chronology-heading">
      <h2 id="chronology-heading">Chronology</h2>
      <ol className="chronology">
        {sorted.map((event) => {
          const later = eventYear(event) > year;
          return (
            <li key={event.id} className={later ? 'chronology__item is-later' : 'chronology__item'}>
              <button
                type="button"
                className="chronology__button"
                aria-current={event.id === selectedEventId ? 'true' : undefined}
                onClick={() => onSelect?.(event)}
                onFocus={() => onPreview?.(event.id)}
                onMouseEnter={() => onPreview?.(event.id)}
                onBlur={() => onPreview?.(null)}
                onMouseLeave={() => onPreview?.(null)}
              >
                <time dateTime={event.date.date}>{formatDateSpan(event.date, event.endDate)}</time>
                <span className="chronology__title">
                  {event.title}
                  {event.participants.length > 0 && (
                    <span className="chronology__who">{event.participants.join(', ')}</span>
                  )}
                </span>
                {later && <span className="visually-hidden"> (after {year})</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
