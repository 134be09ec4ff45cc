import type { YearRange } from '../data/derive';
import type { RelationsIndex } from '../data/lookup';
import type { Mission, RelationsEvent } from '../data/schema';
import { useAtlasStore } from '../state/store';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { EventPanel } from './EventPanel';
import { MissionPanel } from './MissionPanel';

/**
 * What the reader opened, in its own error boundary: an event's panel, else a mission's, else
 * nothing; closing it clears the selection. The full atlas and the embed both show it.
 */
export function SelectedPanel({
  event,
  mission,
  year,
  range,
  index,
}: {
  event: RelationsEvent | undefined;
  mission: Mission | undefined;
  year: number;
  range: YearRange;
  index: RelationsIndex;
}) {
  const selectEvent = useAtlasStore((s) => s.selectEvent);
  const selectMission = useAtlasStore((s) => s.selectMission);
  return (
    <ErrorBoundary part="part.selection">
      {event ? (
        <EventPanel event={event} index={index} onClose={() => selectEvent(null)} />
      ) : mission ? (
        <MissionPanel
          mission={mission}
          year={year}
          range={range}
          index={index}
          onClose={() => selectMission(null)}
        />
      ) : null}
    </ErrorBoundary>
  );
}
