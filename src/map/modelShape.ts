import type { MapModel } from './types';

/**
 * What a map is made of, less its words: the missions and their places, the places' positions,
 * the routes in order and the shaded countries. Two models with the same shape differ only in
 * language, which a map takes without being made again (`MapController.setModel`); a model of
 * another shape (another data set) needs a new map.
 */
export function shapeOf(model: MapModel): string {
  return JSON.stringify([
    model.missions.map((mission) => [mission.id, mission.placeId]),
    [...model.places.values()].map((place) => [place.id, place.lon, place.lat]),
    model.routes.map((route) => [
      route.event.id,
      route.year,
      route.from.id,
      route.to.id,
      route.stops.map((stop) => stop.id),
    ]),
    model.countries.map((country) => [country.iso, country.role]),
  ]);
}
