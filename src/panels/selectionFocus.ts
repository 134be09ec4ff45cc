import { useEffect, useState } from 'react';
import { statusAt } from '../data/derive';
import type { RelationsIndex } from '../data/lookup';
import { formatDateSpan, formatPartialDate } from '../i18n/dates';
import { useT, type Translation } from '../ui/useT';
import { useAtlasStore, type ViewState } from '../state/store';

/**
 * Where the reader's focus goes when a panel opens and closes. A panel the reader opens (a push:
 * chronology, marker, route, previous/next, a tick) takes focus on its heading and remembers
 * what opened it; closing gives focus back there. A panel restored from a link or by Back does
 * neither: it must not pull focus from wherever the reader is.
 */
let opener: HTMLElement | null = null;
let focusPending = false;

/** Called by the panel as it renders: true once after the reader opened it. */
export function takeFocusRequest(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}

/** Back to what opened the panel, or to `fallback` if that is gone from the page. */
export function returnFocus(fallback: HTMLElement | null): void {
  const target = opener?.isConnected ? opener : fallback;
  opener = null;
  target?.focus();
}

/**
 * Watches the store for panels the reader opens: remembers the opener (the element focused at
 * that moment, before anything re-renders), asks the panel to take focus, and returns the polite
 * announcement for it ("Embassy of Japan in Kabul, closed in 1985").
 */
export function useSelectionOpened(index: RelationsIndex): string {
  const [announcement, setAnnouncement] = useState('');
  const tr = useT();
  useEffect(
    () =>
      useAtlasStore.subscribe((state, previous) => {
        const changed =
          state.missionId !== previous.missionId || state.eventId !== previous.eventId;
        if (!changed || state.historyMode !== 'push') return;
        if (state.missionId === null && state.eventId === null) return;
        const active = document.activeElement;
        opener = active instanceof HTMLElement && active !== document.body ? active : null;
        focusPending = true;
        setAnnouncement(describeSelection(index, state, tr));
      }),
    [index, tr],
  );
  return announcement;
}

function describeSelection(
  index: RelationsIndex,
  { missionId, eventId, year }: Pick<ViewState, 'missionId' | 'eventId' | 'year'>,
  tr: Translation,
): string {
  const event = eventId ? index.events.get(eventId) : undefined;
  if (event) {
    return tr.t('announce.event', {
      title: event.title,
      date: formatDateSpan(event.date, event.endDate, tr),
    });
  }
  const mission = missionId ? index.missions.get(missionId) : undefined;
  if (!mission) return '';
  return tr.t('announce.mission', {
    name: mission.name,
    status: tr.t(`statusPhrase.${statusAt(mission, year).status}`),
    year: formatPartialDate(String(year), tr),
  });
}
