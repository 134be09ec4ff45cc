import { describe, expect, it } from 'vitest';
import { routesOf, type Route } from '../../src/data/derive';
import type { Place, RelationsEvent } from '../../src/data/schema';
import { greatCircle, type LngLat } from '../../src/map/geometry';
import { bentArc, fanBends, MAX_BEND, routeLine } from '../../src/map/routeFan';
import { loadRealData } from './realData';

const data = loadRealData();
const routes = routesOf(data);

const place = (id: string, city: string, lon: number, lat: number): Place => ({
  id,
  name: city,
  city,
  lon,
  lat,
  sources: ['s'],
});
const kabul = place('kabul', 'Kabul', 69.18, 34.54);
const museum = place('museum', 'Kabul', 69.12, 34.47);
const tokyo = place('tokyo', 'Tokyo', 139.74, 35.66);
const doha = place('doha', 'Doha', 51.53, 25.29);
const route = (id: string, year: number, from: Place, to: Place): Route => ({
  event: { id: `${year}-${id}` } as RelationsEvent,
  year,
  from,
  to,
  stops: [],
});

/** Midpoint of a drawn line. */
const middle = (line: LngLat[]) => line[Math.floor(line.length / 2)] as LngLat;

describe('fanBends: visits on the same pair of cities fan out', () => {
  it('leaves a pair with a single visit as a plain great circle', () => {
    const bends = fanBends([route('a', 1907, kabul, tokyo), route('b', 2021, doha, kabul)]);
    expect(bends).toEqual([0, 0]);
  });

  it('gives every visit on a pair its own bend, whichever way it went and to which Kabul place', () => {
    const pair = [
      route('a', 1959, kabul, tokyo),
      route('b', 1971, tokyo, kabul),
      route('c', 2016, tokyo, museum),
      route('d', 2025, kabul, tokyo),
    ];
    const bends = fanBends(pair);
    // Signed for the pair's own direction (Kabul → Tokyo): a return visit's sign is flipped.
    const absolute = bends.map((b, i) => (pair[i]?.from.city === 'Kabul' ? b : -b));
    expect(new Set(absolute).size).toBe(4);
    expect(absolute).toEqual([...absolute].sort((x, y) => x - y));
    expect(Math.max(...absolute.map(Math.abs))).toBeLessThanOrEqual(MAX_BEND);
  });

  it('gives the real data’s routes distinct drawn lines on every shared pair', () => {
    const bends = fanBends(routes);
    const lines = routes.map((r, i) => routeLine(r, bends[i] ?? 0));
    const kabulTokyo = routes.flatMap((r, i) =>
      new Set([r.from.city, r.to.city]).size === 2 &&
      [r.from.city, r.to.city].includes('Kabul') &&
      [r.from.city, r.to.city].includes('Tokyo')
        ? [i]
        : [],
    );
    expect(kabulTokyo.length).toBeGreaterThan(15);
    const midpoints = kabulTokyo.map((i) => middle(lines[i] as LngLat[]));
    // No two visits' middles lie within 0.5° of each other.
    for (let a = 0; a < midpoints.length; a++) {
      for (let b = a + 1; b < midpoints.length; b++) {
        const [p, q] = [midpoints[a] as LngLat, midpoints[b] as LngLat];
        expect(Math.hypot(p[0] - q[0], p[1] - q[1])).toBeGreaterThan(0.5);
      }
    }
  });

  it('bends each visit the same way in every language, whatever the cities are called', () => {
    // Names that sort the other way round, as a translation's may.
    const cities = [...new Set(routes.flatMap((r) => [r.from.city, r.to.city]))].sort();
    const renamed = (p: Place): Place => ({
      ...p,
      city: `city ${String(999 - cities.indexOf(p.city)).padStart(3, '0')}`,
    });
    const translated = routes.map((r) => ({
      ...r,
      from: renamed(r.from),
      to: renamed(r.to),
      stops: r.stops.map(renamed),
    }));
    expect(fanBends(translated)).toEqual(fanBends(routes));
  });

  it('is stable: the same visit keeps its bend whatever else is drawn', () => {
    const bends = fanBends(routes);
    expect(fanBends([...routes])).toEqual(bends);
    // The year shown never reaches the fan: it depends on the data set only.
    expect(fanBends(routes.slice())).toEqual(bends);
  });
});

describe('bentArc and routeLine', () => {
  it('keeps both ends on the cities and pushes the middle sideways', () => {
    const from: LngLat = [kabul.lon, kabul.lat];
    const to: LngLat = [tokyo.lon, tokyo.lat];
    const plain = greatCircle(from, to);
    const left = bentArc(from, to, 0.1);
    const right = bentArc(from, to, -0.1);
    expect(left[0]).toEqual(plain[0]);
    expect(left[left.length - 1]?.[0]).toBeCloseTo(to[0], 6);
    expect(left[left.length - 1]?.[1]).toBeCloseTo(to[1], 6);
    // Going east, "left" is north.
    expect(middle(left)[1]).toBeGreaterThan(middle(plain)[1] + 5);
    expect(middle(right)[1]).toBeLessThan(middle(plain)[1] - 5);
  });

  it('continues a journey to its further stops (Bamiyan in 1971)', () => {
    const visit = routes.find((r) => r.event.id === '1971-crown-prince-akihito-visit');
    expect(visit?.stops.map((s) => s.id)).toEqual(['bamiyan']);
    const line = routeLine(visit as Route, 0);
    const end = line[line.length - 1] as LngLat;
    expect(end[0]).toBeCloseTo(67.83, 6);
    expect(end[1]).toBeCloseTo(34.82, 6);
  });
});
