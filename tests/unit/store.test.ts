import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, useAtlasStore } from '../../src/state/store';

const store = () => useAtlasStore.getState();

describe('Play is paused by any deliberate move', () => {
  beforeEach(() => {
    store().applyUrl({ ...DEFAULT_VIEW, year: 1960 }, null);
    store().setPlaying(true);
  });

  it('keeps playing through its own steps, drags and pans', () => {
    store().setYear(1961, 'replace');
    store().setCamera({ zoom: 3, lat: 30, lng: 80 });
    expect(store().playing).toBe(true);
  });

  it.each([
    ['choosing an event', () => store().selectEvent('1969-zahir-shah-state-visit', 1969)],
    ['choosing a mission', () => store().selectMission('kabul')],
    ['typing a year or Home/End', () => store().setYear(1985, 'push')],
    ['typing the year already shown', () => store().setYear(1960, 'push')],
    ['Back or Forward', () => store().applyUrl({ ...DEFAULT_VIEW, year: 1950 }, null)],
  ])('pauses on %s', (_name, move) => {
    move();
    expect(store().playing).toBe(false);
  });
});
