import { describe, expect, it } from 'vitest';
import { syntheticRelations } from '../../scripts/synthetic/synthetic';
import { DataLoadError } from '../../src/data/loadError';
import { isEvent, parseRelationsOnPage } from '../../src/data/pageChecks';
import { eventSchema } from '../../src/data/schema';
import { parseRelations } from '../../src/data/validate';
import { loadRealData, realDataText } from './realData';

const real = loadRealData();
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Values of every JSON kind, to put where a field's own value was. */
const STRANGERS: unknown[] = [
  null,
  true,
  0,
  1.5,
  -3,
  '',
  'x',
  'kabul',
  '1979',
  '1979-13',
  '2002-01-21',
  'https://example.org/',
  [],
  [''],
  ['kabul'],
  ['Kabul', 1],
  {},
  { date: '1979' },
  { date: '1979', qualifier: 'about' },
  { date: '1979', qualifier: 'soon' },
  { date: '1979', extra: 1 },
  [{ date: '1979', fact: 'a fact' }],
  [{ date: '1979' }],
];

/** Each real event, and each changed in one field: deleted, or given another value. */
function variants(): unknown[] {
  const keys = new Set(real.events.flatMap((e) => Object.keys(e)));
  keys.add('unknownField');
  const out: unknown[] = [];
  for (const event of real.events) {
    out.push(event);
    for (const key of keys) {
      out.push(Object.fromEntries(Object.entries(event).filter(([name]) => name !== key)));
      for (const value of STRANGERS) out.push({ ...event, [key]: value });
    }
  }
  // An inference with the facts it rests on and no source; and without either.
  const inferred = { ...real.events[0], sources: [], inferred: true };
  out.push({ ...inferred, basis: [{ date: '1979', fact: 'a fact' }] }, inferred);
  out.push(null, 'event', [], 7);
  return out;
}

describe('the page’s checks of the data set', () => {
  it('judge every event as zod’s eventSchema does, over thousands of changed events', () => {
    const all = variants();
    expect(all.length).toBeGreaterThan(10_000);
    const disagreements = all.filter((v) => isEvent(v) !== eventSchema.safeParse(v).success);
    expect(disagreements).toEqual([]);
    // Both verdicts occur: the check is not one that passes (or fails) everything.
    expect(all.filter((v) => isEvent(v)).length).toBeGreaterThan(real.events.length);
    expect(all.filter((v) => !isEvent(v)).length).toBeGreaterThan(all.length / 2);
  });

  it('give the same data as zod for the real data set and one a hundred times its size', () => {
    expect(parseRelationsOnPage(JSON.parse(realDataText()))).toEqual(real);
    const big = asJson(syntheticRelations(real, { scale: 100, missions: 30 }));
    expect(parseRelationsOnPage(big)).toEqual(parseRelations(big));
  });

  it('reject what zod rejects, with zod’s own account of it', () => {
    const broken = asJson(real) as { events: Record<string, unknown>[]; places: unknown[] };
    broken.events[3] = { ...broken.events[3], type: 'party' };
    broken.events[5] = { ...broken.events[5], to: 'atlantis' };
    const zodError = (() => {
      try {
        parseRelations(broken);
      } catch (error) {
        return error;
      }
    })();
    expect(zodError).toBeInstanceOf(DataLoadError);
    expect(() => parseRelationsOnPage(broken)).toThrow(DataLoadError);
    try {
      parseRelationsOnPage(broken);
    } catch (error) {
      expect((error as DataLoadError).details).toEqual((zodError as DataLoadError).details);
      expect((error as DataLoadError).details.join('\n')).toMatch(/events\.3\.type/);
    }
  });

  it('reject a data set with no events, or events that are not a list', () => {
    for (const events of [undefined, [], {}, 'events', [null]]) {
      const broken = { ...(asJson(real) as object), events };
      expect(() => parseRelations(broken)).toThrow(DataLoadError);
      expect(() => parseRelationsOnPage(broken)).toThrow(DataLoadError);
    }
  });

  it('reject a broken reference outside the events, as zod does', () => {
    const broken = asJson(real) as { missions: { placeId: string }[] };
    const [mission] = broken.missions;
    if (mission) mission.placeId = 'atlantis';
    expect(() => parseRelationsOnPage(broken)).toThrow(/1 problem/);
  });
});
