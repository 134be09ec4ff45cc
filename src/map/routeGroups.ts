/**
 * Routes split over several map sources by year, so that a year step updates only the small
 * sources of the years it crosses.
 *
 * MapLibre uploads again the paint values of every vertex of every route in a tile whenever the
 * state of any one route in that tile's source changes. With one source for all routes, that is
 * the cost of every year step, and it grows with the whole record (docs/performance.md, "The
 * slider sweep"). Split by year, a step pays only for the routes near
 * its year; the record's few dozen routes stay in one source, drawn as before.
 */

/** Routes per source, at most (unless a single year has more). */
export const ROUTES_PER_SOURCE = 300;

export interface RouteGroups {
  /** Each group's route ids in id order; the groups follow the years, earliest first. */
  groups: number[][];
  /** The group each route id is in. */
  groupOf: number[];
}

/**
 * Groups route ids (their index in `years`) into runs of whole years, in year order, each of at
 * most `perGroup` routes unless one year alone has more: a year is never split, so a step to the
 * next year touches the groups of those two years, most often one.
 */
export function groupRoutesByYear(
  years: readonly number[],
  perGroup: number = ROUTES_PER_SOURCE,
): RouteGroups {
  const byYear = idsByKey(years, (year) => year);
  const groups: number[][] = [];
  let current: number[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const ids = byYear.get(year) ?? [];
    if (current.length > 0 && current.length + ids.length > perGroup) {
      groups.push(current);
      current = [];
    }
    current.push(...ids);
  }
  if (current.length > 0) groups.push(current);
  const groupOf: number[] = years.map(() => 0);
  groups.forEach((ids, group) => {
    ids.sort((a, b) => a - b);
    for (const id of ids) groupOf[id] = group;
  });
  return { groups, groupOf };
}

/** Ids (indexes in `items`) grouped by a key of their item, each group in id order. */
export function idsByKey<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  items.forEach((item, id) => {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(id);
    else groups.set(key, [id]);
  });
  return groups;
}
