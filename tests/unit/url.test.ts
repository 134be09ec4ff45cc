import { describe, expect, it } from 'vitest';
import { formatCamera, parseUrl, serializeView, type UrlContext } from '../../src/state/url';
import type { ViewState } from '../../src/state/store';
import type { MissionId } from '../../src/data/schema';

const defaults: ViewState = { year: 2026, missionId: null, eventId: null, camera: null };
const ctx: UrlContext = {
  minYear: 1907,
  maxYear: 2026,
  missionIds: new Set(['kabul', 'tokyo', 'london']),
  eventIds: new Set(['1969-zahir-shah-state-visit', '2010-karzai-state-visit']),
  defaults,
};

describe('parseUrl', () => {
  it('reads every public parameter', () => {
    const { view, dropped } = parseUrl('?year=1985&mission=kabul&map=3.5/40.1234/70.5', ctx);
    expect(view).toEqual({
      year: 1985,
      missionId: 'kabul',
      eventId: null,
      camera: { zoom: 3.5, lat: 40.1234, lng: 70.5 },
    });
    expect(dropped).toEqual([]);
  });

  it('lets event win over mission', () => {
    const { view } = parseUrl('?mission=tokyo&event=1969-zahir-shah-state-visit', ctx);
    expect(view.eventId).toBe('1969-zahir-shah-state-visit');
    expect(view.missionId).toBeNull();
  });

  it.each([
    ['?year=abc', 'year'],
    ['?year=99999', 'year'],
    ['?year=1906', 'year'],
    ['?year=19.5', 'year'],
    ['?mission=paris', 'mission'],
    ['?mission=%3Cscript%3Ealert(1)%3C/script%3E', 'mission'],
    ['?event=nope', 'event'],
    ['?map=1/2', 'map'],
    ['?map=3/95/10', 'map'],
    ['?year=1985&year=1990', 'year'],
    [`?mission=${'k'.repeat(500)}`, 'mission'],
    ['?utm_source=x', 'utm_source'],
  ])('drops %s and names %s', (search, name) => {
    const { view, dropped } = parseUrl(search, ctx);
    expect(dropped).toContain(name);
    expect(view).toEqual(defaults);
  });

  it('keeps the valid parameters when others are dropped', () => {
    const { view, dropped } = parseUrl('?year=abc&mission=london', ctx);
    expect(view).toEqual({ ...defaults, missionId: 'london' });
    expect(dropped).toEqual(['year']);
  });

  it('ignores a huge query entirely', () => {
    const { view, dropped } = parseUrl(`?year=1985&x=${'a'.repeat(5000)}`, ctx);
    expect(view).toEqual(defaults);
    expect(dropped).toHaveLength(1);
  });
});

describe('serializeView', () => {
  it('writes nothing for the defaults, so the first load keeps a clean URL', () => {
    expect(serializeView(defaults, defaults)).toBe('');
  });

  it('writes only what differs', () => {
    expect(serializeView({ ...defaults, year: 1985, missionId: 'kabul' }, defaults)).toBe(
      '?year=1985&mission=kabul',
    );
    expect(serializeView({ ...defaults, eventId: '2010-karzai-state-visit' }, defaults)).toBe(
      '?event=2010-karzai-state-visit',
    );
  });

  it('rounds the camera to a few decimals', () => {
    expect(formatCamera({ zoom: 2.123456, lat: 34.123456789, lng: -0.987654321 })).toBe(
      '2.12/34.1235/-0.9877',
    );
  });
});

/** A small deterministic PRNG so the round trip is reproducible. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('round trip', () => {
  it('parse(serialize(state)) restores 1000 random valid states', () => {
    const next = random(42);
    const missions: (MissionId | null)[] = [null, 'kabul', 'tokyo', 'london'];
    const events = [null, '1969-zahir-shah-state-visit', '2010-karzai-state-visit'];
    for (let i = 0; i < 1000; i++) {
      const eventId = events[Math.floor(next() * events.length)] ?? null;
      const view: ViewState = {
        year: 1907 + Math.floor(next() * 120),
        missionId: eventId ? null : (missions[Math.floor(next() * missions.length)] ?? null),
        eventId,
        camera:
          next() < 0.5
            ? null
            : {
                zoom: Number((next() * 9).toFixed(2)),
                lat: Number((next() * 160 - 80).toFixed(4)),
                lng: Number((next() * 360 - 180).toFixed(4)),
              },
      };
      const { view: parsed, dropped } = parseUrl(serializeView(view, defaults), ctx);
      expect(dropped).toEqual([]);
      expect(parsed).toEqual(view);
    }
  });
});
