/**
 * A synthetic data set for measuring the atlas at scale (`npm run bench -- --scale 100`): the real
 * data's events copied until there are `scale` times as many (new ids, random years, random
 * places and missions), and `missions` missions spread over the world, each with its own history of
 * openings and closures. Every reference stays valid, so it passes the same checks as the real file.
 * Pseudo-random from a fixed seed: the same arguments give the same data set.
 *
 * Not history: nothing here is ever shown as the atlas's record.
 */
import type {
  Mission,
  Place,
  Relations,
  RelationsEvent,
  StatusInterval,
} from '../../src/data/schema';

export interface SyntheticOptions {
  scale: number;
  missions: number;
  seed?: number;
}

/** Park–Miller minimal standard generator: small, fast, and the same on every machine. */
function random(seed: number) {
  let state = seed % 2147483647 || 1;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('nothing to pick from');
      return item;
    },
  };
}

/** The date with its year replaced; 29 February becomes the 28th in a year without it. */
function withYear(date: string, year: number): string {
  const rest = date.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}${rest === '-02-29' && !leap ? '-02-28' : rest}`;
}

export function syntheticRelations(real: Relations, options: SyntheticOptions): Relations {
  const rng = random(options.seed ?? 20261123);
  const minYear = 1907;
  const maxYear = 2026;
  const source = real.sources[0]?.id;
  if (!source) throw new Error('the real data has no source to cite');

  const places: Place[] = [...real.places];
  const missions: Mission[] = [...real.missions];
  for (let i = 0; missions.length < options.missions; i++) {
    const place: Place = {
      id: `synthetic-place-${i}`,
      name: `Synthetic place ${i}`,
      city: `Synthetic ${i}`,
      // Spread over the inhabited latitudes and every longitude.
      lat: Math.round((rng.next() * 110 - 45) * 1000) / 1000,
      lon: Math.round((rng.next() * 360 - 180) * 1000) / 1000,
      sources: [source],
    };
    places.push(place);
    missions.push({
      id: `synthetic-mission-${i}`,
      name: `Synthetic mission ${i}`,
      shortName: `Mission ${i}`,
      sendingCountry: 'Synthetic sending country',
      hostCountry: 'Synthetic host country',
      placeId: place.id,
      role: 'A synthetic mission for measuring the atlas at scale.',
      band: i < 2,
      statuses: syntheticStatuses(rng, minYear, maxYear, source),
    });
  }

  const events: RelationsEvent[] = [...real.events];
  for (let copy = 1; events.length < real.events.length * options.scale; copy++) {
    for (const [index, event] of real.events.entries()) {
      if (events.length >= real.events.length * options.scale) break;
      const year = rng.int(minYear, maxYear);
      const shift = year - Number(event.date.date.slice(0, 4));
      const endYear = event.endDate ? Number(event.endDate.slice(0, 4)) + shift : null;
      const route = event.from !== undefined && event.to !== undefined;
      const from = rng.pick(places);
      const to = rng.pick(places.filter((p) => p !== from));
      events.push({
        ...event,
        id: `${year}${event.id.slice(4)}-copy-${copy}-${index}`,
        date: { ...event.date, date: withYear(event.date.date, year) },
        endDate: event.endDate && endYear !== null ? withYear(event.endDate, endYear) : undefined,
        from: route ? from.id : event.from,
        to: route ? to.id : event.to,
        stops: undefined,
        missionId: event.missionId !== undefined ? rng.pick(missions).id : undefined,
        // A copy keeps its original's words but is no part of any recorded disagreement.
        discrepancyId: undefined,
      });
    }
  }
  return { ...real, places, missions, events };
}

/** Alternating open and closed spans from a founding year to today. */
function syntheticStatuses(
  rng: ReturnType<typeof random>,
  minYear: number,
  maxYear: number,
  source: string,
): StatusInterval[] {
  const statuses: StatusInterval[] = [];
  let year = rng.int(minYear, minYear + 60);
  let open = true;
  statuses.push({
    status: 'not-established',
    end: { date: String(year) },
    sources: [source],
    confidence: 'high',
  });
  for (;;) {
    const end = year + rng.int(3, 30);
    const interval: StatusInterval = {
      status: open ? 'open' : 'closed',
      start: { date: String(year) },
      sources: [source],
      confidence: 'high',
    };
    statuses.push(interval);
    if (end >= maxYear) break; // the last span runs to today
    interval.end = { date: String(end) };
    year = end;
    open = !open;
  }
  return statuses;
}
