import { compareDates, yearOf } from './dates.ts'; // with its extension: vite.config.ts reaches this file (scripts/data)
import type {
  Discrepancy,
  Mission,
  Place,
  Relations,
  RelationsEvent,
  StatusInterval,
} from './schema';

/**
 * Pure derivations from the validated data set. A status "for a year" is the status on
 * 31 December of that year, so any change dated within the year (whatever its precision)
 * has already happened.
 */

export function statusAt(mission: Mission, year: number): StatusInterval {
  let current: StatusInterval | undefined;
  for (const interval of mission.statuses) {
    if (interval.start === undefined || yearOf(interval.start.date) <= year) current = interval;
    else break;
  }
  // Before the first dated interval (only possible when it has a start): treat as its predecessor
  // state, which for every mission in the data set is the undated first interval.
  return current ?? (mission.statuses[0] as StatusInterval);
}

/** Status intervals that begin during the given year: the changes the panel lists. */
export function statusChangesIn(mission: Mission, year: number): StatusInterval[] {
  return mission.statuses.filter((s) => s.start !== undefined && yearOf(s.start.date) === year);
}

export function eventYear(event: RelationsEvent): number {
  return yearOf(event.date.date);
}

/**
 * Chronology order. Within a year, an explicit `order` from the data wins where both events have
 * one (the sources give the order); otherwise a date known only to the year sorts after the dated
 * events of that year, and one known to the month after the days of that month ("2002: Japan
 * reopens its embassy" came after "21–22 January 2002"). Then by id, so the order is total.
 */
export function compareEvents(a: RelationsEvent, b: RelationsEvent): number {
  return compareKeys(sortKey(a), sortKey(b));
}

/** What the order reads from an event, worked out once per event when a whole list is sorted. */
interface SortKey {
  event: RelationsEvent;
  year: number;
  /** "2002" → "2002-99-99", "1934-11" → "1934-11-99": an unknown month or day sorts last. */
  date: string;
}

function sortKey(event: RelationsEvent): SortKey {
  return { event, year: eventYear(event), date: `${event.date.date}-99-99`.slice(0, 10) };
}

function compareKeys(a: SortKey, b: SortKey): number {
  const byYear = a.year - b.year;
  if (byYear !== 0) return byYear;
  const [orderA, orderB] = [a.event.order, b.event.order];
  if (orderA !== undefined && orderB !== undefined && orderA !== orderB) return orderA - orderB;
  return compareDates(a.date, b.date) || compareIds(a.event.id, b.event.id);
}

/** The same order as `a.localeCompare(b)`, without building a collator on every call. */
const compareIds = new Intl.Collator().compare;

/**
 * In events sorted by `sortEvents`, the index of the first event in `year` or later (the length if
 * there is none): a binary search, so a slider step costs O(log n) however long the record is.
 */
export function yearBound(sorted: readonly RelationsEvent[], year: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const event = sorted[middle];
    if (event && eventYear(event) < year) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function sortEvents(events: readonly RelationsEvent[]): RelationsEvent[] {
  return events
    .map(sortKey)
    .sort(compareKeys)
    .map((key) => key.event);
}

/** Events on or before 31 December of the year, in date order. */
export function eventsUpTo(events: readonly RelationsEvent[], year: number): RelationsEvent[] {
  return sortEvents(events.filter((e) => eventYear(e) <= year));
}

export function eventsIn(events: readonly RelationsEvent[], year: number): RelationsEvent[] {
  return sortEvents(events.filter((e) => eventYear(e) === year));
}

export interface Route {
  event: RelationsEvent;
  year: number;
  from: Place;
  to: Place;
  /** Further places on the same journey, after `to`. */
  stops: Place[];
}

/** Every event with both a `from` and a `to` place, as a from→to pair, in date order. */
export function routesOf(data: Pick<Relations, 'events' | 'places'>): Route[] {
  const places = new Map(data.places.map((p) => [p.id, p]));
  const routes: Route[] = [];
  for (const event of sortEvents(data.events)) {
    const from = event.from === undefined ? undefined : places.get(event.from);
    const to = event.to === undefined ? undefined : places.get(event.to);
    const stops = (event.stops ?? []).flatMap((id) => places.get(id) ?? []);
    if (from && to) routes.push({ event, year: eventYear(event), from, to, stops });
  }
  return routes;
}

export type RoutePhase = 'current' | 'past' | 'future';

export function routePhase(route: Route, year: number): RoutePhase {
  if (route.year === year) return 'current';
  return route.year < year ? 'past' : 'future';
}

/** Routes drawn up to the year: the ones in that year and earlier ones. */
export function routesUpTo(routes: readonly Route[], year: number): Route[] {
  return routes.filter((r) => r.year <= year);
}

export interface YearRange {
  min: number;
  max: number;
}

/** From the first dated record to the current year (or the last dated record, if later). */
export function yearRange(
  data: Pick<Relations, 'events' | 'missions'>,
  currentYear: number,
): YearRange {
  const years = [
    ...data.events.map(eventYear),
    ...data.missions.flatMap((m) =>
      m.statuses.flatMap((s) => (s.start ? [yearOf(s.start.date)] : [])),
    ),
  ];
  return { min: Math.min(...years), max: Math.max(currentYear, ...years) };
}

/** Distinct years that have at least one event, ascending: the slider's ticks. */
export function eventYears(events: readonly RelationsEvent[]): number[] {
  return [...new Set(events.map(eventYear))].sort((a, b) => a - b);
}

/**
 * Years in which the status the atlas shows for a mission is disputed: a change whose sources
 * give different years (Kabul's closure: 1979 in the account shown, 1989 in others), from the
 * earliest year given up to the latest. Within one year the 31 December rule leaves no doubt, and
 * an account overtaken by later events, or a dispute the atlas sidesteps by showing only what all
 * accounts share, is no dispute about the status.
 */
export interface DisputedStretch {
  /** The first year in dispute, and the year from which every account agrees. */
  from: number;
  to: number;
  discrepancyId: string;
}

/** Worked out once per mission and data set: the overview and the markers ask on every step. */
const stretchCache = new WeakMap<
  ReadonlyMap<string, Discrepancy>,
  WeakMap<Mission, DisputedStretch[]>
>();

export function disputedStretches(
  mission: Mission,
  discrepancies: ReadonlyMap<string, Discrepancy>,
): DisputedStretch[] {
  let byMission = stretchCache.get(discrepancies);
  if (!byMission) stretchCache.set(discrepancies, (byMission = new WeakMap()));
  let stretches = byMission.get(mission);
  if (!stretches) byMission.set(mission, (stretches = findStretches(mission, discrepancies)));
  return stretches;
}

function findStretches(
  mission: Mission,
  discrepancies: ReadonlyMap<string, Discrepancy>,
): DisputedStretch[] {
  const stretches: DisputedStretch[] = [];
  for (const interval of mission.statuses) {
    const discrepancy = interval.discrepancyId && discrepancies.get(interval.discrepancyId);
    if (!discrepancy || discrepancy.kind === 'superseded' || discrepancy.shown === 'agreed-part')
      continue;
    const years = [discrepancy.primary, ...discrepancy.alternatives]
      .map((account) => account.date)
      .filter((date) => date !== undefined)
      .map(yearOf);
    if (years.length < 2) continue;
    const from = Math.min(...years);
    const to = Math.max(...years);
    if (to > from) stretches.push({ from, to, discrepancyId: discrepancy.id });
  }
  return stretches;
}

/** The dispute over a mission's status in `year`, if any (from ≤ year < to). */
export function disputeIn(
  stretches: readonly DisputedStretch[],
  year: number,
): DisputedStretch | undefined {
  return stretches.find((s) => s.from <= year && year < s.to);
}
