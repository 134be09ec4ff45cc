import { describe, expect, it } from 'vitest';
import { fetchRelations } from '../../src/data/load';
import { DataLoadError } from '../../src/data/loadError';
import { parseRelations, parseRelationsText } from '../../src/data/validate';
import { realDataText } from './realData';

const text = realDataText();
const fakeFetch = (response: Response | Error): typeof fetch =>
  (() =>
    response instanceof Error
      ? Promise.reject(response)
      : Promise.resolve(response)) as typeof fetch;

async function failureOf(promise: Promise<unknown>): Promise<DataLoadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DataLoadError))
    throw new Error(`expected a DataLoadError, got ${String(error)}`);
  return error;
}

describe('fetchRelations', () => {
  it('returns validated data for the shipped file', async () => {
    const data = await fetchRelations('/data.json', fakeFetch(new Response(text)));
    expect(data.missions.map((m) => m.id)).toEqual(['kabul', 'tokyo', 'london']);
  });

  it('reports a missing file', async () => {
    const error = await failureOf(
      fetchRelations('/data.json', fakeFetch(new Response('', { status: 404 }))),
    );
    expect(error.kind).toBe('missing');
    expect(error.message).toContain('404');
  });

  it('reports a server error with its status', async () => {
    const error = await failureOf(
      fetchRelations('/data.json', fakeFetch(new Response('', { status: 503 }))),
    );
    expect(error.kind).toBe('server');
    expect(error.message).toContain('503');
  });

  it('reports a network failure', async () => {
    const error = await failureOf(
      fetchRelations('/data.json', fakeFetch(new TypeError('Failed to fetch'))),
    );
    expect(error.kind).toBe('network');
  });

  it('reports truncated JSON', async () => {
    const error = await failureOf(
      fetchRelations('/data.json', fakeFetch(new Response(text.slice(0, 500)))),
    );
    expect(error.kind).toBe('malformed');
  });
});

describe('schema errors name the field path', () => {
  const valid = () =>
    JSON.parse(text) as Record<string, unknown> & {
      missions: { statuses: { status: string; sources: string[] }[] }[];
      events: { from?: string; date: { date: string } }[];
    };

  it('accepts the shipped data', () => {
    expect(() => parseRelationsText(text)).not.toThrow();
  });

  it('names a bad status value', () => {
    const json = valid();
    const status = json.missions[0]?.statuses[1];
    if (status) status.status = 'on-holiday';
    expect(() => parseRelations(json)).toThrow(DataLoadError);
    try {
      parseRelations(json);
    } catch (error) {
      expect((error as DataLoadError).details.join('\n')).toContain('missions.0.statuses.1.status');
    }
  });

  it('names an unknown source reference', () => {
    const json = valid();
    const status = json.missions[1]?.statuses[0];
    if (status) status.sources = ['no-such-source'];
    const error = (() => {
      try {
        parseRelations(json);
      } catch (e) {
        return e as DataLoadError;
      }
      throw new Error('expected a failure');
    })();
    expect(error.kind).toBe('invalid');
    expect(error.details).toContain(
      'missions.1.statuses.0.sources.0: unknown source id "no-such-source"',
    );
  });

  it('names each broken reference by its path', () => {
    const json = JSON.parse(text) as {
      missions: { placeId: string }[];
      events: Record<string, unknown>[];
      discrepancies: { subject: { eventId?: string }; primary: { sources: string[] } }[];
    };
    const [mission, discrepancy] = [json.missions[2], json.discrepancies[0]];
    if (!mission || !discrepancy) throw new Error('the data set has changed');
    mission.placeId = 'nowhere';
    json.events[1] = { ...json.events[1], from: 'atlantis', missionId: 'nowhere' };
    json.events[2] = { ...json.events[2], stops: ['kabul', 'atlantis'] };
    discrepancy.subject = { eventId: '1907-nothing' };
    discrepancy.primary.sources = ['no-such-source'];
    let details: readonly string[] = [];
    try {
      parseRelations(json);
    } catch (e) {
      details = (e as DataLoadError).details;
    }
    expect([...details].sort()).toEqual(
      [
        'missions.2.placeId: unknown place id "nowhere"',
        'events.1.from: unknown place id "atlantis"',
        'events.1.missionId: unknown mission id "nowhere"',
        'events.2.stops.1: unknown place id "atlantis"',
        'discrepancies.0.subject.eventId: unknown event id "1907-nothing"',
        'discrepancies.0.primary.sources.0: unknown source id "no-such-source"',
      ].sort(),
    );
  });

  it('names an unknown place and a malformed date', () => {
    const json = valid();
    const event = json.events[0];
    if (event) {
      event.from = 'atlantis';
      event.date.date = '1907-13-40';
    }
    let details: readonly string[] = [];
    try {
      parseRelations(json);
    } catch (e) {
      details = (e as DataLoadError).details;
    }
    expect(details.some((d) => d.startsWith('events.0.date.date:'))).toBe(true);
  });

  it('rejects status intervals that do not join', () => {
    const json = valid() as unknown as { missions: { statuses: { end?: { date: string } }[] }[] };
    const first = json.missions[0]?.statuses[0];
    if (first) first.end = { date: '1900' };
    let details: readonly string[] = [];
    try {
      parseRelations(json);
    } catch (e) {
      details = (e as DataLoadError).details;
    }
    expect(details).toContain('missions.0.statuses.0.end: must equal the next interval’s start');
  });
});
