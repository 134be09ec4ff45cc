import { create } from 'zustand';
import type { MissionId } from '../data/schema';
import type { EventGroup } from '../data/search';
import { LOCALE_INFO, type Calendar, type Locale } from '../i18n/locales';
import type { Camera } from './camera';

/** Everything a shared link can restore. */
export interface ViewState {
  year: number;
  missionId: MissionId | null;
  eventId: string | null;
  camera: Camera | null;
  /** The language the reader chose (or the link named); null: the browser's. */
  lang: Locale | null;
  /** The calendar the reader chose, where it is not the language's own; null: the language's. */
  calendar: Calendar | null;
  /** What the reader searches the events for; '' for nothing. */
  q: string;
  /** The kinds of event shown; none: every kind. */
  types: readonly EventGroup[];
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
  lang: null,
  calendar: null,
  q: '',
  types: [],
};

interface AtlasStore extends ViewState {
  historyMode: HistoryMode;
  /** The link's parameters that could not be used, for a polite message; null: nothing to say. */
  droppedParams: string[] | null;
  /** The language the browser asks for, where neither the reader nor the link chose one. */
  browserLocale: Locale;
  /**
   * Play walks the years by itself. It is a mode the reader controls: any deliberate move (every
   * change that pushes a history entry) pauses it.
   */
  playing: boolean;
  setPlaying(playing: boolean): void;
  /** The events the search and the kinds let through, for the map to light up; null: no search. */
  searchMatches: ReadonlySet<string> | null;
  setMatches(ids: ReadonlySet<string> | null): void;
  /** An event the reader is pointing at or focusing in a list: the map highlights its route. */
  previewEventId: string | null;
  setPreview(eventId: string | null): void;
  setYear(year: number, mode?: HistoryMode): void;
  selectMission(id: MissionId | null): void;
  selectEvent(id: string | null, year?: number): void;
  setCamera(camera: Camera | null): void;
  applyUrl(view: ViewState, droppedParams: string[] | null): void;
  dismissNotice(): void;
  setLanguage(lang: Locale): void;
  setCalendar(calendar: Calendar): void;
  /** Typing: the first letters start a search (a history entry), the next ones refine it. */
  setQuery(q: string): void;
  setTypes(types: readonly EventGroup[]): void;
}

export const useAtlasStore = create<AtlasStore>()((set) => ({
  ...DEFAULT_VIEW,
  historyMode: 'none',
  droppedParams: null,
  browserLocale: 'en',
  playing: false,
  setPlaying: (playing) => set({ playing }),
  searchMatches: null,
  setMatches: (searchMatches) => set({ searchMatches }),
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
  applyUrl: (view, droppedParams) =>
    set({ ...view, droppedParams, historyMode: 'none', playing: false }),
  dismissNotice: () => set({ droppedParams: null }),
  // Switching language keeps the year, the selection and the camera; a calendar that is the new
  // language's own stops being a choice.
  setLanguage: (lang) =>
    set((s) => ({
      lang,
      calendar: s.calendar === LOCALE_INFO[lang].calendar ? null : s.calendar,
      historyMode: 'push',
      playing: false,
    })),
  setQuery: (q) =>
    set((s) => (s.q === q ? {} : { q, historyMode: s.q === '' || q === '' ? 'push' : 'replace' })),
  setTypes: (types) => set({ types, historyMode: 'push', playing: false }),
  setCalendar: (calendar) =>
    set((s) => ({
      calendar: calendar === LOCALE_INFO[s.lang ?? s.browserLocale].calendar ? null : calendar,
      historyMode: 'push',
      playing: false,
    })),
}));

export function currentView(): ViewState {
  const { year, missionId, eventId, camera, lang, calendar, q, types } = useAtlasStore.getState();
  return { year, missionId, eventId, camera, lang, calendar, q, types };
}

/** The language and calendar the page is in. */
export function useLocaleSettings(): { locale: Locale; calendar: Calendar } {
  const locale = useAtlasStore((s) => s.lang ?? s.browserLocale);
  const chosen = useAtlasStore((s) => s.calendar);
  return { locale, calendar: chosen ?? LOCALE_INFO[locale].calendar };
}
