import { memo } from 'react';
import { formatDateSpan } from '../i18n/dates';
import { useT } from '../ui/useT';
import type { RelationsEvent } from '../data/schema';

/** The id of the one "(after 1969)" description every later entry points at. */
export const AFTER_ID = 'chronology-after';

interface EntryProps {
  event: RelationsEvent;
  later: boolean;
  current: boolean;
  onSelect: (event: RelationsEvent) => void;
  onPreview: (eventId: string | null) => void;
  /**
   * In a windowed list: where the entry sits, and its place among all the entries. Separate
   * values, not one object, so that the memo sees an unchanged entry as unchanged.
   */
  placedAt?: number;
  index?: number;
  count?: number;
  measure?: (el: HTMLElement | null) => void;
}

/** One event; re-rendered only when its own props change (its year crossed, its selection). */
export const ChronologyEntry = memo(function ChronologyEntry({
  event,
  later,
  current,
  onSelect,
  onPreview,
  placedAt,
  index = 0,
  count = 0,
  measure,
}: EntryProps) {
  const tr = useT();
  const className = later ? 'chronology__item is-later' : 'chronology__item';
  const placed = placedAt !== undefined;
  return (
    <li
      data-event={event.id}
      className={placed ? `${className} chronology__item--placed` : className}
      {...(placed && {
        ref: measure,
        'data-index': index,
        // Only a window of the list is in the page: each entry still says where it stands.
        'aria-posinset': index + 1,
        'aria-setsize': count,
        style: { transform: `translateY(${placedAt}px)` },
      })}
    >
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
