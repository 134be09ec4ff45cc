import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, useAtlasStore } from '../../src/state/store';
import { forgetAddressReads, useUrlSync, useYearRange } from '../../src/state/useUrlSync';
import { loadRealData } from './realData';

const data = loadRealData();

function sync() {
  return renderHook(() => useUrlSync(data, useYearRange(data)));
}

afterEach(() => {
  forgetAddressReads();
  window.history.replaceState(null, '', '/');
  useAtlasStore.setState({ ...DEFAULT_VIEW, historyMode: 'none', lang: null, calendar: null });
});

describe('useUrlSync, first read of the link', () => {
  it('keeps a language the reader chose while the data was loading', () => {
    window.history.replaceState(null, '', '/?year=1985&mission=kabul');
    useAtlasStore.getState().setLanguage('ja');
    sync();
    expect(useAtlasStore.getState().lang).toBe('ja');
    expect(useAtlasStore.getState().missionId).toBe('kabul');
    expect(window.location.search).toBe('?year=1985&mission=kabul&lang=ja');
  });

  it("follows the link's own language over an early choice", () => {
    window.history.replaceState(null, '', '/?year=1985&lang=fa-AF');
    useAtlasStore.getState().setLanguage('ja');
    sync();
    expect(useAtlasStore.getState().lang).toBe('fa-AF');
  });

  it('keeps a language chosen while the dashboard was away, over the address it left', () => {
    window.history.replaceState(null, '', '/?year=1985');
    const first = sync();
    useAtlasStore.getState().setLanguage('ja');
    expect(window.location.search).toBe('?year=1985&lang=ja');
    // The page waits for the Japanese data with no dashboard; the reader picks English.
    first.unmount();
    useAtlasStore.getState().setLanguage('en');
    sync();
    expect(useAtlasStore.getState().lang).toBe('en');
    expect(window.location.search).toBe('?year=1985&lang=en');
  });

  it('takes nothing from the store when the reader chose nothing', () => {
    window.history.replaceState(null, '', '/?year=1985');
    useAtlasStore.setState({ lang: 'ps', historyMode: 'none' });
    sync();
    expect(useAtlasStore.getState().lang).toBeNull();
  });
});
