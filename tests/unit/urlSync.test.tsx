import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, useAtlasStore } from '../../src/state/store';
import { useUrlSync, useYearRange } from '../../src/state/useUrlSync';
import { loadRealData } from './realData';

const data = loadRealData();

function sync() {
  return renderHook(() => useUrlSync(data, useYearRange(data)));
}

afterEach(() => {
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

  it('takes nothing from the store when the reader chose nothing', () => {
    window.history.replaceState(null, '', '/?year=1985');
    useAtlasStore.setState({ lang: 'ps', historyMode: 'none' });
    sync();
    expect(useAtlasStore.getState().lang).toBeNull();
  });
});
