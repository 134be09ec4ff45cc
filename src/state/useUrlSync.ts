import { useLayoutEffect, useMemo } from 'react';
import { eventYear, yearRange, type YearRange } from '../data/derive';
import type { Relations } from '../data/schema';
import { parseUrl, serializeView, type UrlContext } from './url';
import { currentView, CURRENT_YEAR, DEFAULT_VIEW, useAtlasStore, type ViewState } from './store';

const REPLACE_DELAY_MS = 250;

function urlFor(query: string): string {
  return `${window.location.pathname}${query}${window.location.hash}`;
}

/**
 * Keeps the zustand store and the address bar in step: reads the URL once before the first paint
 * and on Back/Forward, and writes the store's changes back (push for deliberate moves, debounced
 * replace for continuous ones).
 */
export interface UrlSyncOptions {
  /**
   * Never add history entries, only replace the current one: inside another site's page (the
   * embed), whose Back button must not step through the atlas.
   */
  replaceOnly?: boolean;
}

export function useUrlSync(
  data: Relations,
  range: YearRange,
  { replaceOnly = false }: UrlSyncOptions = {},
): void {
  // Keyed by the ids, not the data object: the same data set in another language (a new object)
  // must not read the URL again, which would also clear a notice about a corrected link.
  // The keys themselves are made once per data object, not on every render (every slider step).
  // An event's key carries its year ("2002-...@2002"; ids are slugs, with no "@").
  const missionKey = useMemo(() => data.missions.map((m) => m.id).join(' '), [data.missions]);
  const eventKey = useMemo(
    () => data.events.map((e) => `${e.id}@${eventYear(e)}`).join(' '),
    [data.events],
  );
  const ctx = useMemo<UrlContext>(() => {
    return {
      minYear: range.min,
      maxYear: range.max,
      missionIds: new Set(missionKey.split(' ')),
      eventYears: new Map(
        eventKey.split(' ').map((key) => {
          const at = key.lastIndexOf('@');
          return [key.slice(0, at), Number(key.slice(at + 1))] as const;
        }),
      ),
      defaults: { ...DEFAULT_VIEW, year: range.max },
      browserLocale: useAtlasStore.getState().browserLocale,
    };
  }, [missionKey, eventKey, range.min, range.max]);

  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;

    const readUrl = (first: boolean) => {
      const { view, dropped } = parseUrl(window.location.search, ctx);
      if (first) keepEarlyChoices(view);
      // Always leave the canonical form in the address bar (known parameters, once each, in a
      // fixed order, defaults left out), so the link anyone copies is the one the view makes.
      const canonical = serializeView(view, ctx);
      if (canonical !== window.location.search)
        window.history.replaceState(window.history.state, '', urlFor(canonical));
      useAtlasStore.getState().applyUrl(view, dropped.length > 0 ? [...new Set(dropped)] : null);
    };

    const replaceWithCurrent = () =>
      window.history.replaceState(
        window.history.state,
        '',
        urlFor(serializeView(currentView(), ctx)),
      );

    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      replaceWithCurrent();
    };

    readUrl(true);
    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      const mode = state.historyMode;
      const query = serializeView(state, ctx);
      if (mode === 'none' || query === serializeView(previous, ctx)) return;
      if (mode === 'push') {
        flush();
        if (query === window.location.search) return;
        if (replaceOnly) window.history.replaceState(window.history.state, '', urlFor(query));
        else window.history.pushState(null, '', urlFor(query));
      } else {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          replaceWithCurrent();
        }, REPLACE_DELAY_MS);
      }
    });
    const onPopState = () => {
      clearTimeout(timer);
      timer = undefined;
      readUrl(false);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [ctx, replaceOnly]);
}

/** Whether this page has read its address here before: then a new read is a return. */
let readBefore = false;

/** For tests, which each start as a page that has read nothing. */
export function forgetAddressReads(): void {
  readBefore = false;
}

/**
 * A language or calendar the reader chose while this hook was not listening is kept: chosen
 * while the data was still loading, over a link that names none (a link's own language wins
 * then); chosen while the page waited for a language's data and showed no dashboard, over
 * the address, which still names the language before (choosing Japanese, then English before
 * the Japanese data came, ended in Japanese).
 */
function keepEarlyChoices(view: ViewState): void {
  const state = useAtlasStore.getState();
  const returning = readBefore;
  readBefore = true;
  if (state.historyMode !== 'push') return;
  const named = new URLSearchParams(window.location.search);
  if ((returning || !named.has('lang')) && state.lang !== null) view.lang = state.lang;
  if ((returning || !named.has('calendar')) && state.calendar !== null)
    view.calendar = state.calendar;
}

export function useYearRange(data: Relations) {
  return useMemo(() => yearRange(data, CURRENT_YEAR), [data]);
}
