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

export const CURRENT_YEAR = new Date().getFullYear();

export const DEFAULT_VIEW: ViewState = {
  year: CURRENT_YEAR,
  missionId: null,
  eventId: null,
  camera: null,
};

interface AtlasStore extends ViewState {
  setYear(year: number): void;
  selectMission(id: MissionId | null): void;
  selectEvent(id: string | null, year?: number): void;
  setCamera(camera: Camera | null): void;
  replace(view: ViewState): void;
}

export const useAtlasStore = create<AtlasStore>()((set) => ({
  ...DEFAULT_VIEW,
  setYear: (year) => set((s) => (s.year === year ? s : { year })),
  selectMission: (missionId) => set({ missionId, eventId: null }),
  selectEvent: (eventId, year) => set((s) => ({ eventId, missionId: null, year: year ?? s.year })),
  setCamera: (camera) => set({ camera }),
  replace: (view) => set(view),
}));
