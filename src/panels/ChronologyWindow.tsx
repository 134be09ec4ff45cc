import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, type RefObject } from 'react';
import { eventYear } from '../data/derive';
import type { RelationsEvent } from '../data/schema';
import { ChronologyEntry } from './ChronologyEntry';

/** A first guess at an entry's height, until it is measured. */
const ESTIMATED_ENTRY_PX = 64;

export interface WindowProps {
  events: readonly RelationsEvent[];
  /** The list, which scrolls (the window's own scroll element). */
  listRef: RefObject<HTMLOListElement | null>;
  year: number;
  selectedEventId: string | undefined;
  /** The entry to bring into view (the selected event, or the year's), or -1. */
  targetIndex: number;
  onSelect: (event: RelationsEvent) => void;
  onPreview: (eventId: string | null) => void;
}

/**
 * The entries of a long chronology, windowed with @tanstack/react-virtual: each is measured once
 * drawn, placed where the ones before it end, and the list scrolls to the target as a short list
 * does. One sizer entry, hidden from assistive technology, gives the list its full height.
 */
export const ChronologyWindow = memo(function ChronologyWindow({
  events,
  listRef,
  year,
  selectedEventId,
  targetIndex,
  onSelect,
  onPreview,
}: WindowProps) {
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ESTIMATED_ENTRY_PX,
    getItemKey: (index) => events[index]?.id ?? index,
    overscan: 6,
    // The window re-renders after a scroll in a task of its own, not inside the scroll event:
    // that event comes in the same task as the map's frame, and the two together made long tasks
    // while the list followed the slider (docs/performance.md, "The slider sweep"). Six entries
    // drawn beyond each edge cover the scroll until then.
    useFlushSync: false,
  });
  useEffect(() => {
    if (targetIndex >= 0) virtualizer.scrollToIndex(targetIndex, { align: 'auto' });
  }, [targetIndex, virtualizer]);

  return (
    <>
      <li
        className="chronology__sizer"
        aria-hidden="true"
        style={{ blockSize: virtualizer.getTotalSize() }}
      />
      {virtualizer.getVirtualItems().map((item) => {
        const event = events[item.index];
        if (!event) return null;
        return (
          <ChronologyEntry
            key={event.id}
            event={event}
            later={eventYear(event) > year}
            current={event.id === selectedEventId}
            onSelect={onSelect}
            onPreview={onPreview}
            placedAt={item.start}
            index={item.index}
            count={events.length}
            measure={virtualizer.measureElement}
          />
        );
      })}
    </>
  );
});
