import { describe, expect, it } from 'vitest';
import { groupRoutesByYear, ROUTES_PER_SOURCE } from '../../src/map/routeGroups';
import { routesOf } from '../../src/data/derive';
import { syntheticRelations } from '../../scripts/synthetic/synthetic';
import { loadRealData } from './realData';

/** Each group's years, in order. */
const yearsOf = (years: readonly number[], groups: number[][]) =>
  groups.map((ids) => [...new Set(ids.map((id) => years[id]))]);

describe('routes grouped by year for the map sources', () => {
  it('keeps the record in one group', () => {
    const years = routesOf(loadRealData()).map((r) => r.year);
    expect(years.length).toBeLessThan(ROUTES_PER_SOURCE);
    const { groups, groupOf } = groupRoutesByYear(years);
    expect(groups).toEqual([years.map((_, id) => id)]);
    expect(groupOf.every((g) => g === 0)).toBe(true);
  });

  it('splits by whole years, earliest first, each group within the limit', () => {
    // Routes out of year order: ids are positions, years as given.
    const years = [2002, 1907, 2002, 1930, 1930, 1930, 2021, 1907, 2022];
    const { groups, groupOf } = groupRoutesByYear(years, 3);
    expect(yearsOf(years, groups)).toEqual([[1907], [1930], [2002, 2021], [2022]]);
    expect(groups).toEqual([[1, 7], [3, 4, 5], [0, 2, 6], [8]]);
    groups.forEach((ids, group) => ids.forEach((id) => expect(groupOf[id]).toBe(group)));
  });

  it('keeps a year whole even when it alone is over the limit', () => {
    const years = [1950, 1950, 1950, 1950, 1951];
    const { groups } = groupRoutesByYear(years, 2);
    expect(yearsOf(years, groups)).toEqual([[1950], [1951]]);
    expect(groups[0]).toHaveLength(4);
  });

  it('has no group for no routes', () => {
    expect(groupRoutesByYear([])).toEqual({ groups: [], groupOf: [] });
  });

  it('puts every route of 100 times the events in exactly one group, a year in one group', () => {
    const data = syntheticRelations(loadRealData(), { scale: 100, missions: 30 });
    const years = routesOf(data).map((r) => r.year);
    const { groups, groupOf } = groupRoutesByYear(years);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flat().sort((a, b) => a - b)).toEqual(years.map((_, id) => id));
    for (const ids of groups) expect(ids.length).toBeLessThanOrEqual(ROUTES_PER_SOURCE);
    const groupOfYear = new Map<number, number>();
    years.forEach((year, id) => {
      expect(groupOfYear.get(year) ?? groupOf[id]).toBe(groupOf[id]);
      groupOfYear.set(year, groupOf[id] as number);
    });
  });
});
