import type { YearRange } from '../data/derive';
import type { RelationsIndex } from '../data/lookup';
import type { Mission, RelationsEvent } from '../data/schema';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { EventPanel } from './EventPanel';
import { MissionPanel } from './MissionPanel';

/**
 * What the reader opened, in its own error boundary: an event's panel, else a mission's, else
 * nothing. The full atlas and the embed both show it; `onClose` clears the selection.
 */
export function SelectedPanel({
  event,
  mission,
  year,
  range,
  index,
  onClose,
}: {
  event: RelationsEvent | undefined;
  mission: Mission | undefined;
  year: number;
  range: YearRange;
  index: RelationsIndex;
  onClose: (kind: 'event' | 'mission') => void;
}) {
  return (
    <ErrorBoundary part="part.selection">
      {event ? (
        <EventPanel event={event} index={index} onClose={() => onClose('event')} />
      ) : mission ? (
        <MissionPanel
          mission={mission}
          year={year}
          range={range}
          index={index}
          onClose={() => onClose('mission')}
        />
      ) : null}
    </ErrorBoundary>
  );
}
