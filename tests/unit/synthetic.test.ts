import { describe, expect, it } from 'vitest';
import { syntheticRelations } from '../../scripts/synthetic/synthetic';
import { eventYears } from '../../src/data/derive';
import { parseRelations } from '../../src/data/validate';
import { closureBands } from '../../src/timeline/timelineLogic';
import { loadRealData } from './realData';

const real = loadRealData();

describe('the synthetic data set for measuring at scale', () => {
  const data = syntheticRelations(real, { scale: 100, missions: 30 });

  it('passes every check the real data file passes, as JSON', () => {
    const parsed = parseRelations(JSON.parse(JSON.stringify(data)));
    expect(parsed.events).toHaveLength(real.events.length * 100);
    expect(parsed.missions).toHaveLength(30);
    expect(new Set(parsed.events.map((e) => e.id)).size).toBe(parsed.events.length);
  });

  it('spreads its events over the years and its missions over the world', () => {
    expect(eventYears(data.events).length).toBeGreaterThan(100);
    const lons = data.missions.map((m) => data.places.find((p) => p.id === m.placeId)?.lon ?? 0);
    expect(Math.min(...lons)).toBeLessThan(-90);
    expect(Math.max(...lons)).toBeGreaterThan(90);
  });

  it('is the same data set for the same arguments, and another for another seed', () => {
    const again = syntheticRelations(real, { scale: 100, missions: 30 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    const other = syntheticRelations(real, { scale: 100, missions: 30, seed: 7 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(data));
  });
});

describe('the timeline’s closure bands come from the data', () => {
  const range = { min: 1907, max: 2026 };

  it('shades the closures of each mission marked `band`, and no other', () => {
    const bands = closureBands(real.missions, range);
    expect(bands.map((b) => b.mission.id)).toEqual(['kabul']);
    expect(bands[0]?.bands.map((b) => [b.from, b.to])).toEqual([
      [1945, 1954],
      [1979, 2002],
      [2021, 2022],
    ]);
  });

  it('follows the data when another mission is marked instead', () => {
    const missions = real.missions.map((m) => ({ ...m, band: m.id === 'tokyo' }));
    const bands = closureBands(missions, range);
    expect(bands.map((b) => b.mission.id)).toEqual(['tokyo']);
    const tokyo = real.missions.find((m) => m.id === 'tokyo');
    const closed = tokyo?.statuses.filter((s) => s.status === 'closed') ?? [];
    expect(bands[0]?.bands).toHaveLength(closed.length);
    expect(
      closureBands(
        real.missions.map((m) => ({ ...m, band: false })),
        range,
      ),
    ).toEqual([]);
  });

  it('bands every marked mission of a synthetic world', () => {
    const data = syntheticRelations(real, { scale: 2, missions: 30 });
    const bands = closureBands(data.missions, range);
    expect(bands.map((b) => b.mission.id)).toEqual([
      'kabul',
      'synthetic-mission-0',
      'synthetic-mission-1',
    ]);
    for (const { bands: spans } of bands.slice(1)) {
      expect(spans.length).toBeGreaterThan(0);
      for (const span of spans) expect(span.from).toBeLessThanOrEqual(span.to);
    }
  });
});
