import { create } from 'zustand';
import type { MissionId } from '../data/schema';
import type { Camera } from './camera';

/** Everything a shared link can restore. */
export interface ViewState {
  year: number;
  missionId: MissionId | null;
  eventId: string | null;
  camera: Camera | null;
}

/**
 * How the last change should reach the browser history: a deliberate move pushes an entry,
 * a continuous one (dragging, playing, panning) replaces the current entry, and a change that
 * came from the URL itself writes nothing.
 */
export type HistoryMode = 'push' | 'replace' | 'none';

export const CURRENT_YEAR = new Date().getFullYear();

export const DEFAULT_VIEW: ViewState = {
  year: CURRENT_YEAR,
  missionId: null,
  eventId: null,
  camera: null,
};

interface AtlasStore extends ViewState {
  historyMode: HistoryMode;
  /** A polite message for screen readers and sighted users, e.g. about a corrected link. */
  notice: string | null;
  /**
   * Play walks the years by itself. It is a mode the reader controls: any deliberate move (every
   * change that pushes a history entry) pauses it.
   */
  playing: boolean;
  setPlaying(playing: boolean): void;
  /** An event the reader is pointing at or focusing in a list: the map highlights its route. */
  previewEventId: string | null;
  setPreview(eventId: string | null): void;
  setYear(year: number, mode?: HistoryMode): void;
  selectMission(id: MissionId | null): void;
  selectEvent(id: string | null, year?: number): void;
  setCamera(camera: Camera | null): void;
  applyUrl(view: ViewState, notice: string | null): void;
  setNotice(notice: string | null): void;
}

export const useAtlasStore = create<AtlasStore>()((set) => ({
  ...DEFAULT_VIEW,
  historyMode: 'none',
  notice: null,
  playing: false,
  setPlaying: (playing) => set({ playing }),
  previewEventId: null,
  setPreview: (previewEventId) => set({ previewEventId }),
  setYear: (year, mode = 'push') =>
    set((s) => ({
      ...(s.year === year ? {} : { year, historyMode: mode }),
      ...(mode === 'push' && { playing: false }),
    })),
  selectMission: (missionId) =>
    set({ missionId, eventId: null, historyMode: 'push', playing: false }),
  selectEvent: (eventId, year) =>
    set((s) => ({
      eventId,
      missionId: null,
      year: year ?? s.year,
      historyMode: 'push',
      playing: false,
    })),
  setCamera: (camera) => set({ camera, historyMode: 'replace' }),
  // Back, Forward or an opened link: the reader went somewhere on purpose.
  applyUrl: (view, notice) => set({ ...view, notice, historyMode: 'none', playing: false }),
  setNotice: (notice) => set({ notice }),
}));

export function currentView(): ViewState {
  const { year, missionId, eventId, camera } = useAtlasStore.getState();
  return { year, missionId, eventId, camera };
}
