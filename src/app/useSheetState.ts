import { useLayoutEffect, useRef, useState } from 'react';
import { useAtlasStore } from '../state/store';
import type { SheetState } from './BottomSheet';

/**
 * The phone's sheet: it opens to half the screen when something is selected (by the reader, by a
 * link, by Back), and when the selection is closed it goes back to how it was before, so closing
 * a panel opened from the map shows the map again and one opened from the chronology keeps it.
 */
export function useSheetState(): [SheetState, (state: SheetState) => void] {
  const [state, setState] = useState<SheetState>('collapsed');
  const current = useRef(state);
  const before = useRef<SheetState | null>(null);
  useLayoutEffect(() => {
    current.current = state;
  });
  // A layout effect, registered before the URL is read (useUrlSync, also at layout time), so a
  // selection from the link opens the sheet too.
  useLayoutEffect(
    () =>
      useAtlasStore.subscribe((next, previous) => {
        if (next.missionId === previous.missionId && next.eventId === previous.eventId) return;
        if (next.missionId !== null || next.eventId !== null) {
          before.current ??= current.current;
          if (current.current === 'collapsed') {
            current.current = 'half';
            setState('half');
          }
        } else if (before.current !== null) {
          current.current = before.current;
          setState(before.current);
          before.current = null;
        }
      }),
    [],
  );
  return [state, setState];
}
