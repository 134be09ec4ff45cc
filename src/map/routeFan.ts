import type { Route } from '../data/derive';
import { greatCircle, type LngLat } from './geometry';

/**
 * Visits between the same two cities fan out, so each stays visible and clickable on its own.
 * Each visit's bend is fixed by its place in date order among the visits on that pair, so it is
 * the same whatever year is shown: the fan reads from the earliest visit on one side to the
 * latest on the other, whichever way each visit went.
 */

/** The widest bend on either side, as a fraction of the distance between the two cities. */
export const MAX_BEND = 0.18;
/** The bend between neighbouring visits on a crowded pair never exceeds this. */
const STEP = 0.06;

/**
 * Visits to the National Museum in Kabul share the Kabul fan: pairs are of cities, not places.
 * Which city of a pair comes first is decided by the places' ids, not the cities' names: names
 * are translated, and a fan ordered by them would turn over when the reader changes language.
 */
function pairKey(
  route: Route,
  cityOrder: ReadonlyMap<string, string>,
): { key: string; reversed: boolean } {
  const a = route.from.city;
  const b = route.to.city;
  const [first, second] = [cityOrder.get(a) ?? a, cityOrder.get(b) ?? b];
  const inOrder = first < second || (first === second && a <= b);
  return inOrder ? { key: `${a}|${b}`, reversed: false } : { key: `${b}|${a}`, reversed: true };
}

/** Each city's smallest place id among the routes' ends: the same in every language. */
function cityOrderOf(routes: readonly Route[]): Map<string, string> {
  const order = new Map<string, string>();
  for (const { from, to } of routes) {
    for (const place of [from, to]) {
      const known = order.get(place.city);
      if (known === undefined || place.id < known) order.set(place.city, place.id);
    }
  }
  return order;
}

/**
 * Each route's bend: 0 for a pair with one visit, otherwise spread evenly from -w to +w, in the
 * order the routes are given (date order), and signed for the pair's own direction so that a
 * return visit bends to the same side its place in the fan says.
 */
export function fanBends(routes: readonly Route[]): number[] {
  const cityOrder = cityOrderOf(routes);
  const pairs = routes.map((route) => pairKey(route, cityOrder));
  const groups = new Map<string, number[]>();
  pairs.forEach(({ key }, i) => {
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const bends = routes.map(() => 0);
  for (const members of groups.values()) {
    const n = members.length;
    if (n < 2) continue;
    const step = Math.min(STEP, (2 * MAX_BEND) / (n - 1));
    members.forEach((routeIndex, slot) => {
      const bend = (slot - (n - 1) / 2) * step;
      bends[routeIndex] = pairs[routeIndex]?.reversed ? -bend : bend;
    });
  }
  return bends;
}

/**
 * A great-circle arc pushed sideways by `bend` × its length at the middle (a sine profile, so
 * both ends stay on the cities). Positive bends go to the left of the direction of travel.
 */
export function bentArc(from: LngLat, to: LngLat, bend: number, segments = 64): LngLat[] {
  const arc = greatCircle(from, to, segments);
  if (bend === 0 || arc.length < 3) return arc;
  const first = arc[0] as LngLat;
  const last = arc[arc.length - 1] as LngLat;
  const dx = last[0] - first[0];
  const dy = last[1] - first[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return arc;
  const [nx, ny] = [-dy / length, dx / length];
  return arc.map(([lng, lat], i) => {
    const push = bend * length * Math.sin((Math.PI * i) / (arc.length - 1));
    return [lng + nx * push, Math.max(-85, Math.min(85, lat + ny * push))];
  });
}

/** The drawn line of a route: the fanned main leg, then straight on to any further stops. */
export function routeLine(route: Route, bend: number): LngLat[] {
  const line = bentArc([route.from.lon, route.from.lat], [route.to.lon, route.to.lat], bend);
  let previous: LngLat = line[line.length - 1] ?? [route.to.lon, route.to.lat];
  for (const stop of route.stops) {
    const leg = greatCircle(previous, [stop.lon, stop.lat], 8);
    line.push(...leg.slice(1));
    previous = leg[leg.length - 1] ?? previous;
  }
  return line;
}
