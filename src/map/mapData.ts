import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Route } from '../data/derive';
import type { Place, Mission } from '../data/schema';
import { fanBends, routeLine } from './routeFan';

/**
 * Properties of a route feature; its numeric feature id is its index in `routes`. Words about a
 * route (title, date) come from the page's catalog when shown, never from the map's data.
 */
export interface RouteProperties {
  eventId: string;
}

/**
 * Every route as a great-circle line, fanned out where visits share two cities; built once per
 * data set, never on a year change.
 */
export function routesCollection(
  routes: readonly Route[],
): FeatureCollection<LineString, RouteProperties> {
  const bends = fanBends(routes);
  return {
    type: 'FeatureCollection',
    features: routes.map((route, id) => ({
      type: 'Feature',
      id,
      properties: { eventId: route.event.id },
      geometry: {
        type: 'LineString',
        coordinates: routeLine(route, bends[id] ?? 0),
      },
    })),
  };
}

/** One label per city; a mission's city is ranked first so it wins label collisions. */
export function labelsCollection(
  places: readonly Place[],
  missions: readonly Mission[],
): FeatureCollection<Point, { label: string; rank: number }> {
  const missionPlaces = new Set(missions.map((m) => m.placeId));
  const seen = new Set<string>();
  const ordered = [...places].sort(
    (a, b) => Number(missionPlaces.has(b.id)) - Number(missionPlaces.has(a.id)),
  );
  const features = ordered.flatMap((place) => {
    if (seen.has(place.city)) return [];
    seen.add(place.city);
    return [
      {
        type: 'Feature' as const,
        properties: { label: place.city, rank: missionPlaces.has(place.id) ? 1 : 2 },
        geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}
