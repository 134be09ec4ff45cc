import { sortEvents } from './derive';
import type {
  Discrepancy,
  Mission,
  MissionId,
  Place,
  Relations,
  RelationsEvent,
  Source,
} from './schema';

export interface RelationsIndex {
  sources: ReadonlyMap<string, Source>;
  places: ReadonlyMap<string, Place>;
  events: ReadonlyMap<string, RelationsEvent>;
  missions: ReadonlyMap<MissionId, Mission>;
  discrepancies: ReadonlyMap<string, Discrepancy>;
  /** The data set's own words about itself: its rules, in the page's language. */
  meta: Relations['meta'];
  /** Every event in chronology order (see compareEvents). */
  sortedEvents: readonly RelationsEvent[];
}

const cache = new WeakMap<Relations, RelationsIndex>();

const byId = <T extends { id: string }>(items: readonly T[]) =>
  new Map(items.map((item) => [item.id, item]));

/** Id lookups for a loaded data set, built once per data object. */
export function indexOf(data: Relations): RelationsIndex {
  let index = cache.get(data);
  if (!index) {
    index = {
      sources: byId(data.sources),
      places: byId(data.places),
      events: byId(data.events),
      missions: new Map(data.missions.map((m) => [m.id, m])),
      discrepancies: byId(data.discrepancies),
      meta: data.meta,
      sortedEvents: sortEvents(data.events),
    };
    cache.set(data, index);
  }
  return index;
}
