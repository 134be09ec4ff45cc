import { describe, expect, it } from 'vitest';
import {
  compareEvents,
  disputedStretches,
  disputeIn,
  eventYear,
  eventsIn,
  eventsUpTo,
  eventYears,
  routePhase,
  routesOf,
  routesUpTo,
  sortEvents,
  statusAt,
  statusChangesIn,
  yearBound,
  yearRange,
} from '../../src/data/derive';
import { indexOf } from '../../src/data/lookup';
import type { Mission, MissionId, RelationsEvent } from '../../src/data/schema';
import { loadRealData } from './realData';

const data = loadRealData();
const mission = (id: MissionId): Mission => {
  const found = data.missions.find((m) => m.id === id);
  if (!found) throw new Error(`no mission ${id}`);
  return found;
};

describe('statusAt (status on 31 December of the year)', () => {
  it.each([
    [1906, 'not-established'],
    [1907, 'not-established'],
    [1933, 'not-established'],
    [1934, 'open'], // legation opened November 1934
    [1944, 'open'],
    [1945, 'closed'], // closed by August 1945
    [1954, 'open'], // re-established 24 March 1954
    [1978, 'open'],
    [1979, 'closed'], // seed: closed after the Soviet invasion
    [1985, 'closed'],
    [1989, 'closed'],
    [2001, 'closed'],
    [2002, 'open'],
    [2020, 'open'],
    [2021, 'closed'], // closed 15 August 2021
    [2022, 'open'], // reopened late September 2022
    [2026, 'open'],
  ])('Japan’s embassy in Kabul in %i is %s', (year, status) => {
    expect(statusAt(mission('kabul'), year).status).toBe(status);
  });

  it.each([
    [1906, 'not-established'],
    [1907, 'not-established'],
    [1933, 'open'],
    [1934, 'open'],
    [1945, 'not-recorded'],
    [1979, 'open'],
    [1989, 'open'],
    [1996, 'closed'],
    [2002, 'open'], // formally reopened 16 December 2002
    [2021, 'held-by-former-republic'],
    [2022, 'held-by-former-republic'],
    [2025, 'held-by-former-republic'], // suspension only announced 26 December 2025
    [2026, 'suspended'], // stopped operating 31 January 2026
  ])('Afghanistan’s embassy in Tokyo in %i is %s', (year, status) => {
    expect(statusAt(mission('tokyo'), year).status).toBe(status);
  });

  it.each([
    [1907, 'not-recorded'],
    [1930, 'open'],
    [1934, 'open'],
    [1941, 'closed'],
    [1945, 'closed'],
    [1952, 'not-recorded'],
    [2022, 'open'],
  ])('Japan’s embassy in London in %i is %s', (year, status) => {
    expect(statusAt(mission('london'), year).status).toBe(status);
  });

  it('marks the wartime London closure as an inference, not a sourced fact', () => {
    expect(statusAt(mission('london'), 1945).inferred).toBe(true);
  });

  it('links the 1979 Kabul closure to its recorded discrepancy', () => {
    expect(statusAt(mission('kabul'), 1985).discrepancyId).toBe('kabul-closure-1979-or-1989');
  });

  it('treats a year-only change as having happened by 31 December of that year', () => {
    const fixture: Mission = {
      ...mission('kabul'),
      statuses: [
        { status: 'not-established', end: { date: '1950' }, sources: ['x'], confidence: 'high' },
        { status: 'open', start: { date: '1950' }, sources: ['x'], confidence: 'high' },
      ],
    };
    expect(statusAt(fixture, 1949).status).toBe('not-established');
    expect(statusAt(fixture, 1950).status).toBe('open');
  });
});

describe('statusChangesIn', () => {
  it('lists the changes dated within a year', () => {
    expect(statusChangesIn(mission('kabul'), 2021).map((s) => s.status)).toEqual(['closed']);
    expect(statusChangesIn(mission('kabul'), 1985)).toEqual([]);
    expect(statusChangesIn(mission('tokyo'), 2026).map((s) => s.status)).toEqual(['suspended']);
  });
});

describe('events up to and in a year', () => {
  it('has nothing before 1907 and the Ayub Khan visit first', () => {
    expect(eventsUpTo(data.events, 1906)).toEqual([]);
    expect(eventsUpTo(data.events, 1907).map((e) => e.id)).toEqual(['1907-ayub-khan-visit']);
  });

  it('includes every event of the year and none after it, in date order', () => {
    const upTo1945 = eventsUpTo(data.events, 1945);
    expect(upTo1945.every((e) => Number(e.date.date.slice(0, 4)) <= 1945)).toBe(true);
    expect(upTo1945.map((e) => e.id)).toContain('1945-japanese-legation-kabul-closes');
    const dates = upTo1945.map((e) => e.date.date);
    expect(dates).toEqual([...dates].sort());
    expect(eventsUpTo(data.events, 2026)).toHaveLength(data.events.length);
  });

  it('finds the events of single years', () => {
    expect(eventsIn(data.events, 1934).map((e) => e.id)).toEqual([
      '1934-japanese-legation-kabul-opens',
    ]);
    // "2002: Japan reopens its embassy in Kabul" is known only to the year, and came after the
    // January conference (the seed says so): it sorts after the dated events of 2002.
    expect(eventsIn(data.events, 2002).map((e) => e.id)).toEqual([
      '2002-tokyo-conference',
      '2002-kawaguchi-visits-afghanistan',
      '2002-abdullah-visits-japan',
      '2002-afghan-embassy-tokyo-reopens',
      '2002-japanese-embassy-kabul-reopens',
    ]);
    expect(eventsIn(data.events, 1990)).toEqual([]);
  });
});

describe('order within a year', () => {
  const event = (id: string, date: string, order?: number) =>
    ({ id, date: { date }, ...(order !== undefined && { order }) }) as RelationsEvent;
  const ids = (events: RelationsEvent[]) => sortEvents(events).map((e) => e.id);

  it('puts a year-only date after the dated events of its year, a month-only after its days', () => {
    expect(
      ids([
        event('1999-y', '1999'),
        event('1999-nov', '1999-11'),
        event('1999-nov-3', '1999-11-03'),
        event('1999-dec-1', '1999-12-01'),
        event('1998-y', '1998'),
        event('2000-jan', '2000-01-01'),
      ]),
    ).toEqual(['1998-y', '1999-nov-3', '1999-nov', '1999-dec-1', '1999-y', '2000-jan']);
  });

  it('lets an explicit order from the data decide within a year, never across years', () => {
    expect(
      ids([
        event('2002-b', '2002-05-01', 2),
        event('2002-a', '2002', 1),
        event('2001-z', '2001', 9),
      ]),
    ).toEqual(['2001-z', '2002-a', '2002-b']);
    expect(compareEvents(event('x', '2002-05-01', 1), event('y', '2002-05-01', 1))).toBeLessThan(0);
  });
});

describe('routes (visits as from→to pairs)', () => {
  const routes = routesOf(data);

  it('pairs resolved places for every event with both ends', () => {
    const ids = routes.map((r) => r.event.id);
    expect(ids).toContain('1907-ayub-khan-visit');
    expect(ids).toContain('1969-zahir-shah-state-visit');
    expect(ids).not.toContain('1922-hisao-tani-visit'); // "British India" has no coordinates
    const ayub = routes.find((r) => r.event.id === '1907-ayub-khan-visit');
    expect([ayub?.from.id, ayub?.to.id]).toEqual(['lahore', 'tokyo']);
  });

  it('splits routes into current, past and future for a year', () => {
    const zahir = routes.find((r) => r.event.id === '1969-zahir-shah-state-visit');
    if (!zahir) throw new Error('missing route');
    expect(routePhase(zahir, 1969)).toBe('current');
    expect(routePhase(zahir, 1970)).toBe('past');
    expect(routePhase(zahir, 1968)).toBe('future');
    expect(routesUpTo(routes, 1906)).toEqual([]);
    expect(
      routesUpTo(routes, 1969)
        .map((r) => r.year)
        .every((y) => y <= 1969),
    ).toBe(true);
  });
});

describe('yearRange and eventYears', () => {
  it('runs from the first record (1907) to the current year', () => {
    expect(yearRange(data, 2026)).toEqual({ min: 1907, max: 2026 });
    expect(yearRange(data, 2030)).toEqual({ min: 1907, max: 2030 });
  });

  it('never ends before the last dated record', () => {
    expect(yearRange(data, 2000).max).toBe(2026);
  });

  it('lists distinct event years ascending', () => {
    const years = eventYears(data.events);
    expect(years[0]).toBe(1907);
    expect(new Set(years).size).toBe(years.length);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years).toContain(1979);
    expect(years).toContain(1989);
    expect(years).not.toContain(1990);
  });
});

describe('yearBound', () => {
  it('finds the first event of a year or later, as a walk through the sorted list would', () => {
    const sorted = indexOf(loadRealData()).sortedEvents;
    for (let year = 1900; year <= 2030; year++) {
      const walked = sorted.findIndex((e) => eventYear(e) >= year);
      expect(yearBound(sorted, year)).toBe(walked === -1 ? sorted.length : walked);
    }
    expect(yearBound([], 1969)).toBe(0);
  });
});

describe('disputed stretches', () => {
  const index = indexOf(data);

  it('Kabul’s closure is disputed from 1979 until 1989, when every account has it closed', () => {
    const stretches = disputedStretches(mission('kabul'), index.discrepancies);
    expect(stretches).toEqual([
      { from: 1979, to: 1989, discrepancyId: 'kabul-closure-1979-or-1989' },
    ]);
    expect(disputeIn(stretches, 1978)).toBeUndefined();
    expect(disputeIn(stretches, 1979)).toBeDefined();
    expect(disputeIn(stretches, 1988)).toBeDefined();
    expect(disputeIn(stretches, 1989)).toBeUndefined();
  });

  it('a dispute within one year, an overtaken account, or one sidestepped is no disputed stretch', () => {
    // Tokyo: 16 or 26 December 2002 (one year), the 2026 suspension (superseded), August or
    // October 1933 (the atlas shows only the year both give).
    expect(disputedStretches(mission('tokyo'), index.discrepancies)).toEqual([]);
    expect(disputedStretches(mission('london'), index.discrepancies)).toEqual([]);
  });
});
